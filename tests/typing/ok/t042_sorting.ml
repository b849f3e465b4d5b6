(* Sorting algorithms on lists and arrays *)
let rec insert cmp x = function
  | [] -> [x]
  | y :: ys as l -> if cmp x y <= 0 then x :: l else y :: insert cmp x ys

let insertion_sort cmp l = List.fold_right (insert cmp) l []

let rec merge cmp a b =
  match (a, b) with
  | ([], l) | (l, []) -> l
  | (x :: xs, y :: ys) -> if cmp x y <= 0 then x :: merge cmp xs b else y :: merge cmp a ys

let rec split = function
  | [] -> ([], [])
  | [x] -> ([x], [])
  | x :: y :: rest -> let (a, b) = split rest in (x :: a, y :: b)

let rec merge_sort cmp = function
  | ([] | [_]) as l -> l
  | l -> let (a, b) = split l in merge cmp (merge_sort cmp a) (merge_sort cmp b)

let bubble_sort a =
  let n = Array.length a in
  for i = 0 to n - 2 do
    for j = 0 to n - 2 - i do
      if a.(j) > a.(j + 1) then begin
        let t = a.(j) in a.(j) <- a.(j + 1); a.(j + 1) <- t
      end
    done
  done

let descending a b = compare b a

let () =
  List.iter (Printf.printf "%d ") (insertion_sort compare [3; 1; 2]);
  List.iter (Printf.printf "%s ") (merge_sort descending ["b"; "c"; "a"]);
  let a = [| 5; 4; 1 |] in
  bubble_sort a;
  Array.iter (Printf.printf "%d ") a;
  print_newline ()
