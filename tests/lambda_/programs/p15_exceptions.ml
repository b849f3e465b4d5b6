exception Oops
exception Code of int
exception Pair of string * int
let f x =
  if x = 0 then raise Oops
  else if x < 0 then raise (Code x)
  else if x > 100 then raise (Pair ("big", x))
  else x * 2
let test x =
  try string_of_int (f x) with
  | Oops -> "oops"
  | Code n -> "code " ^ string_of_int n
  | Pair (s, n) -> s ^ string_of_int n
let () =
  List.iter (fun x -> print_endline (test x)) [0; -3; 500; 21];
  (try failwith "boom" with Failure m -> print_endline ("failure: " ^ m));
  (try invalid_arg "bad" with Invalid_argument m -> print_endline ("invalid: " ^ m));
  (try raise Not_found with Not_found -> print_endline "not found");
  (try ignore (1 / 0) with Division_by_zero -> print_endline "div");
  (try (try raise Oops with Code _ -> print_endline "wrong") with Oops -> print_endline "reraised");
  print_endline (Printexc.to_string (Code 3));
  print_endline (Printexc.to_string Oops);
  print_endline (Printexc.to_string (Failure "x"));
  print_endline (Printexc.to_string Exit)
