(* status: 0 *)
(* Stack_overflow raised through frames that each install a handler for another exception. *)
exception Other

let rec deep n =
  try 1 + deep (n + 1) with Other -> 0

let rec deep_match n =
  match 1 + deep_match (n + 1) with
  | v -> v
  | exception Not_found -> -1

let () =
  (try ignore (deep 0) with Stack_overflow -> print_endline "deep: overflow caught at top");
  (try ignore (deep_match 0) with Stack_overflow -> print_endline "deep_match: overflow caught at top");
  let r = try Ok (deep 0) with Stack_overflow -> Error "so" in
  (match r with Ok _ -> print_endline "ok?" | Error e -> print_endline ("result: " ^ e));
  let rec finally_each n = let r = (try 1 + finally_each (n + 1) with e -> raise e) in r in
  (try ignore (finally_each 0) with Stack_overflow -> print_endline "re-raised overflow caught");
  print_endline "still alive";
  Printf.printf "%d\n" (List.length (List.init 100_000 Fun.id))
