(* List patterns: [], [a], [a; b], x :: xs, nested cons. *)
let describe = function
  | [] -> "empty"
  | [x] -> "one: " ^ string_of_int x
  | [x; y] -> Printf.sprintf "two: %d %d" x y
  | [_; _; _;] -> "three"
  | x :: y :: z :: _ :: rest -> Printf.sprintf "many, starting %d %d %d, %d more" x y z (List.length rest)

let rec pairs = function
  | a :: b :: rest -> (a, b) :: pairs rest
  | [_] | [] -> []

let heads = function
  | (x :: _) :: (y :: _) :: _ -> Some (x, y)
  | _ -> None

let () =
  List.iter (fun l -> print_endline (describe l))
    [[]; [1]; [1; 2]; [1; 2; 3]; [1; 2; 3; 4; 5; 6]];
  List.iter (fun (a, b) -> Printf.printf "%d-%d " a b) (pairs [1; 2; 3; 4; 5]);
  print_newline ();
  match heads [[1; 2]; [3]] with
  | Some (a, b) -> Printf.printf "%d %d\n" a b
  | None -> print_endline "none"
