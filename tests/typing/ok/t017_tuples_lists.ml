(* Tuples and list functions *)
let triple a b c = (a, b, c)
let fst3 (a, _, _) = a
let zip l1 l2 = List.map2 (fun a b -> (a, b)) l1 l2
let unzip l = List.split l
let enumerate l = List.mapi (fun i x -> (i, x)) l
let sum_pairs l = List.fold_left (fun (a, b) (x, y) -> (a + x, b +. y)) (0, 0.0) l

let rec take n = function
  | [] -> []
  | x :: xs -> if n <= 0 then [] else x :: take (n - 1) xs

let rec range a b = if a > b then [] else a :: range (a + 1) b
let flatten = List.concat
let sorted = List.sort compare [3; 1; 2]
let rev_append_all ls = List.fold_left (fun acc l -> List.rev_append l acc) [] ls

let () =
  let (i, f) = sum_pairs [(1, 1.5); (2, 2.5)] in
  Printf.printf "%d %.1f %d\n" i f (fst3 (triple 1 'a' "b"));
  List.iter (fun (i, s) -> Printf.printf "%d:%s " i s) (enumerate ["a"; "b"]);
  print_newline ();
  let (xs, ys) = unzip (zip [1; 2] ["x"; "y"]) in
  Printf.printf "%d %d %d\n" (List.length xs) (List.length ys) (List.length (take 2 (range 1 10)));
  Printf.printf "%d %d\n" (List.length (flatten [[1]; [2; 3]])) (List.hd sorted);
  ignore (rev_append_all [[1]; [2]])
