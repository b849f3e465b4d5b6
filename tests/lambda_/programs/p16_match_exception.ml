let find_opt p l = match List.find p l with
  | x -> Some x
  | exception Not_found -> None
let parse s = match int_of_string s with
  | n when n > 0 -> "pos"
  | 0 -> "zero"
  | _ -> "neg"
  | exception Failure _ -> "nan"
let () =
  (match find_opt (fun x -> x > 2) [1; 2; 3; 4] with Some x -> print_int x | None -> print_string "none");
  print_newline ();
  (match find_opt (fun x -> x > 9) [1; 2] with Some x -> print_int x | None -> print_string "none");
  print_newline ();
  List.iter (fun s -> print_endline (parse s)) ["12"; "0"; "-4"; "x"];
  (* the value case runs outside the handler *)
  (try
    match 1 with
    | 1 -> raise Not_found
    | _ -> ()
    | exception Not_found -> print_endline "wrong handler"
  with Not_found -> print_endline "escaped")
