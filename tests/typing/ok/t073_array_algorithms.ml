(* Array algorithms from the standard library *)
let data = [| 9; 4; 7; 1; 8 |]

let sorted_copy a = let c = Array.copy a in Array.sort compare c; c
let binary_search a x =
  let rec go lo hi =
    if lo > hi then None
    else
      let mid = (lo + hi) / 2 in
      if a.(mid) = x then Some mid else if a.(mid) < x then go (mid + 1) hi else go lo (mid - 1)
  in
  go 0 (Array.length a - 1)

let prefix_sums a =
  let s = Array.make (Array.length a + 1) 0 in
  Array.iteri (fun i x -> s.(i + 1) <- s.(i) + x) a;
  s

let window a i n = Array.sub a i n
let joined = Array.append data [| 0 |]
let from_list = Array.of_list ["x"; "y"]
let exists_big = Array.exists (fun x -> x > 8) data
let all_small = Array.for_all (fun x -> x < 100) data

let () =
  let s = sorted_copy data in
  (match binary_search s 7 with Some i -> Printf.printf "found at %d\n" i | None -> ());
  Array.iter (Printf.printf "%d ") (prefix_sums data);
  Printf.printf "| %d %d %d %b %b\n" (Array.length (window data 1 3)) (Array.length joined) (Array.length from_list) exists_big all_small
