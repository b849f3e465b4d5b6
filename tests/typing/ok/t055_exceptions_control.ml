(* Exceptions used for control flow *)
exception Found_at of int
exception Break

let index_of x a =
  try
    Array.iteri (fun i y -> if x = y then raise (Found_at i)) a;
    -1
  with Found_at i -> i

let first_negative l =
  let result = ref None in
  (try List.iter (fun x -> if x < 0 then (result := Some x; raise Break)) l with Break -> ());
  !result

let parse_int s = match int_of_string_opt s with Some n -> Ok n | None -> Error ("bad int: " ^ s)

let checked_div a b =
  try a / b with Division_by_zero -> invalid_arg "checked_div"

let protect f = try Some (f ()) with Not_found -> None

let () =
  Printf.printf "%d %d\n" (index_of 3 [| 1; 2; 3 |]) (index_of 9 [| 1 |]);
  (match first_negative [1; -2; -3] with Some n -> print_int n | None -> ());
  (match parse_int "12x" with Ok n -> print_int n | Error e -> print_string e);
  print_newline ();
  (try ignore (checked_div 1 0) with Invalid_argument m -> print_endline m);
  ignore (protect (fun () -> List.assoc 1 [(1, "a")]))
