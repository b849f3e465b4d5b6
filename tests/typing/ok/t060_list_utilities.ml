(* Assorted list utilities from the standard library *)
let nums = [5; 3; 8; 1; 9; 2]

let sorted = List.sort compare nums
let uniq l = List.sort_uniq compare l
let (small, large) = List.partition (fun x -> x < 5) nums
let total = List.fold_left ( + ) 0 nums
let has_big = List.exists (fun x -> x > 8) nums
let all_pos = List.for_all (fun x -> x > 0) nums
let index_pairs = List.combine (List.init (List.length nums) Fun.id) nums
let found = List.find (fun x -> x mod 4 = 0) nums
let nth = List.nth nums 2
let flat = List.concat_map (fun x -> [x; x]) [1; 2]
let memq = List.mem 3 nums
let filtered = List.filter (fun (i, _) -> i mod 2 = 0) index_pairs

let () =
  List.iter (Printf.printf "%d ") sorted;
  Printf.printf "| %d %d %d %b %b %d %d %d %b %d %d\n" (List.length (uniq [1; 1; 2]))
    (List.length small) (List.length large) has_big all_pos total found nth memq
    (List.length flat) (List.length filtered)
