(* land, lor, lxor, lsl, lsr, asr, lnot and their precedences. *)
let a = 0b1100 land 0b1010
let b = 0b1100 lor 0b1010
let c = 0b1100 lxor 0b1010
let d = 1 lsl 10
let e = 1024 lsr 3
let f = -16 asr 2
let g = lnot 0
let h = 1 lsl 2 lsl 3
let i = 1 + 1 lsl 2
let j = 3 land 1 + 4
let k = 2 * 3 land 7
let l = 1 lsl 3 * 2

let () =
  List.iter (Printf.printf "%d\n") [a; b; c; d; e; f; g; h; i; j; k; l];
  Printf.printf "%d\n" (-1 lsr 1 = max_int |> Bool.to_int)
