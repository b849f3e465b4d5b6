(* Prefix operators (! ~- not) mixed with infix ones. *)
let r = ref 5
let b = ref true

let a1 = !r + 1
let a2 = - !r
let a3 = ~- !r * 2
let a4 = succ !r
let a5 = not !b || !b
let a6 = !r :: [!r]
let a7 = [| !r |].(0)
let a8 = -(!r) - - !r
let a9 = !r - -1
let a10 = abs (- !r)

let () =
  List.iter (Printf.printf "%d ") [a1; a2; a3; a4; a8; a9; a10; a7];
  print_newline ();
  Printf.printf "%b %d\n" a5 (List.length a6);
  r:=!r+1;
  Printf.printf "%d\n" !r;
  b := not (not !b);
  Printf.printf "%b\n" !b
