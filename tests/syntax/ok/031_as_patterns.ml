(* Alias patterns with as, at several nesting levels. *)
let rec compress = function
  | (a :: (b :: _ as tail)) -> if a = b then compress tail else a :: compress tail
  | smaller -> smaller

let dup_first = function
  | (x :: _) as l -> x :: l
  | [] as l -> l

let pair_info ((a, b) as p) = Printf.sprintf "(%d,%d) sum=%d" a b (fst p + snd p)

let describe = function
  | Some (0 as z) -> "zero " ^ string_of_int z
  | Some n as o -> (match o with Some _ -> "some " ^ string_of_int n | None -> "")
  | None -> "none"

let () =
  List.iter (Printf.printf "%d ") (compress [1; 1; 2; 2; 2; 3]);
  print_newline ();
  List.iter (Printf.printf "%d ") (dup_first [7; 8]);
  print_newline ();
  print_endline (pair_info (3, 4));
  List.iter (fun o -> print_endline (describe o)) [Some 0; Some 5; None];
  let (_, y) as whole = (1, 2) in
  Printf.printf "%d %d\n" y (fst whole)
