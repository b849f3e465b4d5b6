(* A weak variable fixed by later uses in the same unit *)
let buffer = ref []
let add x = buffer := x :: !buffer
let registry = Hashtbl.create 8
let register name f = Hashtbl.replace registry name f
let current = ref None

let () =
  add "hello";
  add "world";
  register "double" (fun x -> 2 * x);
  current := Some 3.5;
  print_endline (String.concat " " (List.rev !buffer));
  print_int ((Hashtbl.find registry "double") 21);
  print_newline ()
