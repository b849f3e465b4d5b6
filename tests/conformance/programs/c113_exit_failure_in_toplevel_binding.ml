(* status: 2 *)
(* An exception raised while initialising a top-level value. *)
let table = Array.init 5 (fun i -> i * 10)
let () = Printf.printf "table ready: %d entries\n" (Array.length table)

let lookup i = table.(i)
let a = lookup 2
let () = Printf.printf "a = %d\n" a
let b = lookup 4
let () = Printf.printf "b = %d\n" b
let c = List.assoc "missing" ["present", 1]
let () = Printf.printf "c = %d\n" c
let d = a + b + c
let () = Printf.printf "d = %d\n" d
let () = print_endline "never"
