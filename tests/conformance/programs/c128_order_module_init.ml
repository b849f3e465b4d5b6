(* status: 0 *)
(* Top-level definitions are evaluated in textual order, with side effects. *)
let trace s = print_endline ("init " ^ s)

let a = trace "a"; 1
let b = trace "b"; a + 1
let f () = trace "f called"; b * 10
let () = trace "unit binding"
let c = f ()
let (d, e) = trace "tuple binding"; (c + 1, c + 2)
module M = struct
  let () = trace "inside M"
  let g = d + e
end
let lazy_v = lazy (trace "lazy forced"; 99)
let () = trace "before force"
let h = Lazy.force lazy_v + M.g
let () = Printf.printf "a=%d b=%d c=%d d=%d e=%d g=%d h=%d\n" a b c d e M.g h
let _ = trace "wildcard binding"
let () = ignore (Lazy.force lazy_v); trace "end"
