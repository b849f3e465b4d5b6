module Make (X : sig end) = struct exception Error end
module A = Make (struct end)
let () = print_endline (Printexc.to_string A.Error)
let f () = let module M = struct exception E end in M.E
let () = print_endline (Printexc.to_string (f ()))
module N = struct module O = struct exception P of int * string end end
let () = print_endline (Printexc.to_string (N.O.P (1, "x")))
let () = print_endline (Printexc.to_string (Failure "x")); print_endline (Printexc.to_string (Invalid_argument "x"))
