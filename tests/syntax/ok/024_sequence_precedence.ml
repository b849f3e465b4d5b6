(* Sequences interact with let, if, match and := in specific ways. *)
let log = Buffer.create 64
let say s = Buffer.add_string log s; Buffer.add_char log ' '

let f a =
  if a then say "then";
  say "always"

let g () =
  let x = 1 in say (string_of_int x); say "still-in-let"

let h r y z = r := y; z

let k n =
  match n with
  | 0 -> say "zero"; say "zero-again"
  | _ -> say "other"; say "other-again"

let () =
  f true; f false;
  g ();
  let r = ref 0 in
  let z = h r 5 "z" in
  say (string_of_int !r); say z;
  k 0; k 1;
  print_endline (Buffer.contents log)
