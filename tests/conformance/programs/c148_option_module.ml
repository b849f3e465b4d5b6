(* status: 0 *)
(* Option module functions without labelled arguments. *)
let show = function Some x -> "Some " ^ string_of_int x | None -> "None"

let () =
  print_endline (show (Option.some 3));
  print_endline (show Option.none);
  Printf.printf "%d\n" (Option.get (Some 4));
  print_endline (show (Option.map (fun x -> x * 2) (Some 5)));
  print_endline (show (Option.bind (Some 5) (fun x -> if x > 3 then Some (x - 3) else None)));
  print_endline (show (Option.join (Some (Some 7))));
  print_endline (show (Option.join (Some None)));
  Printf.printf "%b %b %b %b\n" (Option.is_some (Some 1)) (Option.is_none (Some 1)) (Option.is_some None) (Option.is_none None);
  Option.iter (Printf.printf "iter %d\n") (Some 9);
  Option.iter (Printf.printf "never %d\n") None;
  Printf.printf "%b %b\n" (Option.equal ( = ) (Some 1) (Some 1)) (Option.equal ( = ) (Some 1) None);
  Printf.printf "%d %d\n" (Option.compare compare None (Some 1)) (Option.compare compare (Some 2) (Some 1));
  Printf.printf "%d %d\n" (List.length (Option.to_list (Some 1))) (List.length (Option.to_list None));
  Printf.printf "%d\n" (Seq.fold_left ( + ) 0 (Option.to_seq (Some 11)));
  (try ignore (Option.get None) with Invalid_argument m -> print_endline m);
  let first_some l = List.fold_left (fun acc x -> match acc with Some _ -> acc | None -> x) None l in
  print_endline (show (first_some [None; Some 2; Some 3]))
