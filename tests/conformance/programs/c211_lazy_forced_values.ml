(* status: 0 *)
(* lazy values that need no computation are already forced, as ocamlopt builds them *)
let x = lazy 3
let () = Printf.printf "%b\n" (Lazy.is_val x)
let y = lazy (print_endline "forcing y"; 4)
let () = Printf.printf "%b\n" (Lazy.is_val y)
let () = match y with lazy v -> Printf.printf "%d\n" v
let rec z = lazy (Lazy.force z + 1)
let () = try ignore (Lazy.force z) with Lazy.Undefined -> print_endline "undefined"
let rec w = lazy (match w with lazy v -> v + 1)
let () = try ignore (Lazy.force w) with Lazy.Undefined -> print_endline "undefined2"
let s = lazy "str"
let () = Printf.printf "%b %s\n" (Lazy.is_val s) (Lazy.force s)
let f = lazy (fun x -> x + 1)
let () = Printf.printf "%b\n" (Lazy.is_val f)
let n = 41
let ln = lazy n
let lf = lazy 2.5
let ll = lazy ln
let () =
  Printf.printf "%b %d %b %.1f %b %d\n" (Lazy.is_val ln) (Lazy.force ln) (Lazy.is_val lf)
    (Lazy.force lf) (Lazy.is_val ll) (Lazy.force (Lazy.force ll))
let none = lazy None
let () = Printf.printf "%b %b\n" (Lazy.is_val none) (Lazy.force none = None)
let rec lr = lazy (1 :: (match lr with lazy l -> l))
let () = match Lazy.force lr with _ -> () | exception Lazy.Undefined -> print_endline "undefined3"
