(* Method calls obj#meth are not supported by robur. *)
let describe shape = shape#name ^ " with area " ^ string_of_float shape#area

let () = print_endline "method calls need objects"
