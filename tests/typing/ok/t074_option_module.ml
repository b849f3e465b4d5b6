(* The Option module *)
let parse_port s =
  Option.bind (int_of_string_opt s) (fun n -> if n > 0 && n < 65536 then Some n else None)

let doubled = Option.map (fun x -> 2 * x)
let describe o = if Option.is_none o then "none" else "some"
let to_list o = Option.to_list o
let joined = Option.join (Some (Some 3))
let first_some a b = match a with Some _ -> a | None -> b

let () =
  (match parse_port "8080" with Some p -> Printf.printf "%d\n" p | None -> ());
  print_endline (describe (parse_port "99999"));
  Printf.printf "%d %d\n" (List.length (to_list (doubled (Some 4)))) (Option.get joined);
  ignore (first_some None (Some 1))
