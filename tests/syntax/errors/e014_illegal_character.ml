(* the multiplication sign is not an OCaml operator *)
let cost = 10 × 2
