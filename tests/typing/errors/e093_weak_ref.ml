let history = ref []
