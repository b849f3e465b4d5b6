(* Integer arithmetic operators and their precedence. *)
let a = 1 + 2 * 3
let b = (1 + 2) * 3
let c = 10 - 3 - 2
let d = 100 / 10 / 5
let e = 17 mod 5
let f = 2 * 3 mod 4
let g = 1 + 2 mod 3
let h = -1 - -2
let i = - 3 * 4
let j = 10 - 2 * 3 + 1
let k = 7 / 2 * 2

let () =
  List.iteri (fun idx v -> Printf.printf "%c=%d\n" (Char.chr (97 + idx)) v)
    [a; b; c; d; e; f; g; h; i; j; k]
