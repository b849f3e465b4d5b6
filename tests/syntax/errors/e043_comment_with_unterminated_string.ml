let x = 1
(* a comment mentioning a quote " that never closes *)
let y = 2
