exception A
exception B of int
exception C of string * int
let classify f =
  try f (); "none" with
  | A | Not_found -> "A or Not_found"
  | B n when n > 10 -> "big B"
  | B _ -> "B"
  | C (s, _) when s = "x" -> "C x"
  | Failure msg -> "failure " ^ msg
let () =
  List.iter (fun f -> print_endline (classify f))
    [(fun () -> raise A); (fun () -> raise Not_found); (fun () -> raise (B 20)); (fun () -> raise (B 1));
     (fun () -> raise (C ("x", 1))); (fun () -> failwith "f"); (fun () -> ())];
  (try ignore (classify (fun () -> raise (C ("y", 2)))) with C (s, n) -> Printf.printf "escaped %s %d\n" s n);
  (try ignore (classify (fun () -> raise Exit)) with Exit -> print_endline "escaped Exit")
