(* Evaluation order as ocamlopt does it: arguments right to left, then the
   function expression; constructor and tuple components right to left.
   Expected output: ocamlopt's (evalorder.expected). *)
external out : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external open_out : int -> out_channel = "caml_ml_open_descriptor_out"
external length : string -> int = "%string_length"

let stdout = open_out 1
let say s x = out stdout s 0 (length s); x
let add a b = a + b
let add3 a b c = a + b + c

let () =
  let _ = (say "f " add) (say "a " 1) (say "b " 2) in
  say "\n" ();
  let _ = (say "outer " ( + )) (say "x " 1) ((say "inner " ( * )) (say "y " 2) (say "z " 3)) in
  say "\n" ();
  let g = (say "G " add3) (say "x " 1) in
  let _ = g (say "y " 2) (say "z " 3) in
  say "\n" ();
  let _ = (say "t1 " 1, say "t2 " 2, say "t3 " 3) in
  say "\n" ();
  let _ = Some (say "s1 " 1, say "s2 " 2) in
  say "\n" ()
