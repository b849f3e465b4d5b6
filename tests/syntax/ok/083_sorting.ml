(* Sorting algorithms: insertion sort, quicksort, merge sort. *)
let rec insert x = function
  | [] -> [x]
  | y :: ys as l -> if x <= y then x :: l else y :: insert x ys

let insertion_sort l = List.fold_right insert l []

let rec quicksort = function
  | [] -> []
  | pivot :: rest ->
    let smaller, larger = List.partition (fun x -> x < pivot) rest in
    quicksort smaller @ (pivot :: quicksort larger)

let rec split = function
  | [] -> [], []
  | [x] -> [x], []
  | x :: y :: rest -> let a, b = split rest in x :: a, y :: b

let rec merge a b =
  match a, b with
  | [], l | l, [] -> l
  | x :: xs, y :: ys -> if x <= y then x :: merge xs b else y :: merge a ys

let rec merge_sort = function
  | ([] | [_]) as l -> l
  | l -> let a, b = split l in merge (merge_sort a) (merge_sort b)

let data = [38; 27; 43; 3; 9; 82; 10; 3]

let () =
  let show l = print_endline (String.concat " " (List.map string_of_int l)) in
  show (insertion_sort data);
  show (quicksort data);
  show (merge_sort data);
  Printf.printf "%b\n" (quicksort data = List.sort compare data)
