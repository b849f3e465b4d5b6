let counter = ref 0
let next () = counter + 1
