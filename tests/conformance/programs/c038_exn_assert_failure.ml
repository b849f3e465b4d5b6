(* status: 2 *)
(* A failing assert is an uncaught Assert_failure with the file location. *)
let check_sorted l =
  let rec go = function
    | a :: (b :: _ as r) -> assert (a <= b); go r
    | _ -> ()
  in
  go l

let () =
  check_sorted [1; 2; 3; 5; 8];
  print_endline "first list sorted";
  (try check_sorted [3; 1] with Assert_failure (_, line, _) -> Printf.printf "caught assert at line %d\n" line);
  check_sorted [1; 4; 2];
  print_endline "unreachable"
