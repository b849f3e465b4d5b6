(* Optional arguments ?x with defaults are not supported by robur. *)
let greet ?(greeting = "Hello") name = greeting ^ ", " ^ name

let () =
  print_endline (greet "world");
  print_endline (greet ~greeting:"Bonjour" "monde")
