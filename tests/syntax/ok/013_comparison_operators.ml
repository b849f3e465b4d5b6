(* Comparison and equality operators. *)
let l1 = [1; 2]
let l2 = [1; 2]

let results = [
  "1 < 2", 1 < 2;
  "2 > 3", 2 > 3;
  "2 <= 2", 2 <= 2;
  "3 >= 4", 3 >= 4;
  "1 = 1", 1 = 1;
  "1 <> 2", 1 <> 2;
  "l1 = l2", l1 = l2;
  "l1 == l2", l1 == l2;
  "l1 != l2", l1 != l2;
  "l1 == l1", l1 == l1;
  "1 + 1 = 2", 1 + 1 = 2;
  "a < b = true", "a" < "b" = true;
]

let () =
  List.iter (fun (s, b) -> Printf.printf "%-14s %b\n" s b) results
