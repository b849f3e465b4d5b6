(* status: 0 *)
(* Unfold, iterate and recursion schemes over lists. *)
let rec unfold f seed = match f seed with None -> [] | Some (x, s) -> x :: unfold f s
let rec iterate n f x = if n = 0 then [] else x :: iterate (n - 1) f (f x)
let range a b = unfold (fun i -> if i > b then None else Some (i, i + 1)) a
let digits n = List.rev (unfold (fun n -> if n = 0 then None else Some (n mod 10, n / 10)) n)

let () =
  List.iter (Printf.printf "%d ") (range 3 12);
  print_newline ();
  List.iter (Printf.printf "%d ") (digits 9081726354);
  print_newline ();
  List.iter (Printf.printf "%d ") (iterate 10 (fun x -> x * 3 mod 17) 1);
  print_newline ();
  let binary n = String.concat "" (List.rev_map string_of_int
    (unfold (fun n -> if n = 0 then None else Some (n land 1, n lsr 1)) n)) in
  List.iter (fun n -> Printf.printf "%d=%s\n" n (binary n)) [1; 5; 255; 1024];
  let fibs = unfold (fun (a, b) -> if a > 1000 then None else Some (a, (b, a + b))) (0, 1) in
  print_endline (String.concat "," (List.map string_of_int fibs))
