(* status: 0 *)
(* match ... with exception, with guards and or-patterns. *)
exception E1 of int
exception E2 of string

let f n =
  if n < 0 then raise (E1 n)
  else if n = 0 then raise (E2 "zero")
  else if n > 100 then raise Not_found
  else n * 2

let classify n =
  match f n with
  | v when v > 100 -> Printf.sprintf "big %d" v
  | v -> Printf.sprintf "ok %d" v
  | exception E1 k when k < -10 -> Printf.sprintf "very negative %d" k
  | exception E1 k -> Printf.sprintf "negative %d" k
  | exception (E2 s | Failure s) -> "E2/Failure " ^ s
  | exception Not_found -> "not found"

let () =
  List.iter (fun n -> print_endline (classify n)) [5; 60; -3; -50; 0; 1000]
