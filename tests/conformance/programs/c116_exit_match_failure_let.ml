(* status: 2 *)
(* Match_failure from a refutable let pattern and from function. *)
let first_two l = let [a; b] = l in (a, b)

let describe l =
  match first_two l with
  | (a, b) -> Printf.sprintf "pair %d,%d" a b
  | exception Match_failure _ -> "not a pair"

let () =
  let (a, b) = first_two [1; 2] in
  Printf.printf "%d %d\n" a b;
  List.iter (fun l -> print_endline (describe l)) [[]; [7; 8]; [1; 2; 3]];
  (match first_two [1] with
   | _ -> print_endline "no"
   | exception Match_failure (_, line, _) -> Printf.printf "Match_failure on line %d\n" line);
  let f = function Some x when x > 0 -> x | None -> 0 in
  Printf.printf "%d %d\n" (f (Some 5)) (f None);
  Printf.printf "%d\n" (f (Some (-1)));
  print_endline "never"
