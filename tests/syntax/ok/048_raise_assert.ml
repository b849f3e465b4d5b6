(* raise, failwith, invalid_arg, assert, raise Exit; () sequences. *)
let first_negative l =
  let result = ref None in
  (try
     List.iter (fun x -> if x < 0 then (result := Some x; raise Exit)) l;
     ()
   with Exit -> ());
  !result

let checked_sqrt x =
  assert (x >= 0.);
  sqrt x

let safe_head = function
  | [] -> invalid_arg "safe_head"
  | x :: _ -> x

let () =
  (match first_negative [3; 5; -2; 7; -9] with
   | Some n -> Printf.printf "%d\n" n
   | None -> print_endline "none");
  Printf.printf "%g\n" (checked_sqrt 16.);
  (try ignore (checked_sqrt (-1.)) with Assert_failure (file, line, _) ->
     Printf.printf "assert failed at line %d\n" line);
  (try ignore (safe_head []) with Invalid_argument m -> print_endline m);
  (try failwith "oops" with Failure m -> print_endline m);
  assert true;
  let x = 5 in
  assert (x > 0 && x < 10);
  print_endline "done"
