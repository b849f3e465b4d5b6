let self_apply f = f f
