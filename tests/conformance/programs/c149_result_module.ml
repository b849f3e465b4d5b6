(* status: 0 *)
(* Result module functions and error-propagating pipelines. *)
let show = function Ok x -> "Ok " ^ string_of_int x | Error e -> "Error " ^ e

let parse s = match int_of_string_opt s with Some n -> Ok n | None -> Error ("not a number: " ^ s)
let positive n = if n > 0 then Ok n else Error (Printf.sprintf "%d is not positive" n)

let () =
  print_endline (show (Result.ok 1));
  print_endline (show (Result.error "e"));
  print_endline (show (Result.bind (parse "12") positive));
  print_endline (show (Result.bind (parse "-12") positive));
  print_endline (show (Result.bind (parse "x") positive));
  print_endline (show (Result.map (( * ) 2) (Ok 21)));
  print_endline (show (Result.map_error String.uppercase_ascii (Error "low")));
  print_endline (show (Result.join (Ok (Ok 3))));
  Printf.printf "%b %b\n" (Result.is_ok (Ok 1)) (Result.is_error (Ok 1));
  Printf.printf "%d %s\n" (Result.get_ok (Ok 5)) (Result.get_error (Error "err"));
  Printf.printf "%s\n" (match Result.to_option (Error "x") with None -> "None" | Some _ -> "Some");
  Printf.printf "%d\n" (List.length (Result.to_list (Ok 1)));
  Result.iter (Printf.printf "iter %d\n") (Ok 8);
  Result.iter_error print_endline (Error "iter_error");
  (try ignore (Result.get_ok (Error "boom")) with Invalid_argument m -> print_endline m);
  let all = List.map (fun s -> Result.bind (parse s) positive) ["1"; "0"; "y"; "7"] in
  List.iter (fun r -> print_endline (show r)) all
