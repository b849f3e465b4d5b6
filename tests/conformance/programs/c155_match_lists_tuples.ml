(* status: 0 *)
(* List and tuple patterns: fixed lengths, cons chains, nested tuples. *)
let rec pairs = function
  | [] -> []
  | [x] -> [(x, x)]
  | x :: y :: rest -> (x, y) :: pairs rest

let classify = function
  | [] -> "empty"
  | [_] -> "singleton"
  | [a; b] when a = b -> "pair of equals"
  | [_; _] -> "pair"
  | _ :: _ :: _ :: [] -> "triple"
  | x :: _ when x < 0 -> "long, negative head"
  | _ -> "long"

let rec compress = function
  | a :: (b :: _ as t) -> if a = b then compress t else a :: compress t
  | smaller -> smaller

let () =
  List.iter (fun l -> print_endline (classify l)) [[]; [1]; [2; 2]; [1; 2]; [1; 2; 3]; [-1; 2; 3; 4]; [1; 2; 3; 4]];
  List.iter (fun (a, b) -> Printf.printf "(%d,%d) " a b) (pairs [1; 2; 3; 4; 5]);
  print_newline ();
  print_endline (String.concat "" (compress ["a"; "a"; "b"; "c"; "c"; "c"; "a"]));
  let swap ((a, b), (c, d)) = ((d, c), (b, a)) in
  let ((w, x), (y, z)) = swap ((1, 2), (3, 4)) in
  Printf.printf "%d %d %d %d\n" w x y z;
  match (1, "two", [3.0]) with
  | (1, s, [f]) -> Printf.printf "%s %g\n" s f
  | _ -> print_endline "no"
