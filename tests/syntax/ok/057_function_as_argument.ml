(* function and fun used directly as arguments. *)
let labels = List.map (function 0 -> "zero" | 1 -> "one" | _ -> "many") [0; 1; 2]

let parity = List.map (function n when n mod 2 = 0 -> true | _ -> false) [1; 2; 4] |> List.filter (fun b -> b) |> List.length

let total =
  List.fold_left (fun acc -> function
      | Some x -> acc + x
      | None -> acc) 0 [Some 1; None; Some 4]

let sorted =
  List.sort (fun (a, _) (b, _) -> compare b a) [(1, "a"); (3, "c"); (2, "b")]

let apply_all fs x = List.map (fun f -> f x) fs

let () =
  print_endline (String.concat " " labels);
  Printf.printf "%d %d\n" parity total;
  List.iter (fun (n, s) -> Printf.printf "%d%s " n s) sorted;
  print_newline ();
  List.iter (Printf.printf "%d ") (apply_all [succ; pred; (fun x -> x * x); function 0 -> 1 | n -> n] 5);
  print_newline ()
