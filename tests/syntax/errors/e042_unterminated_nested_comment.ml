let x = 1
(* outer comment (* inner comment *) still in outer
let y = 2
