(* List literals and the List module. *)
let empty = []
let nums = [1; 2; 3; 4; 5]
let trailing = [1; 2; 3;]
let nested = [[1]; [2; 3]; []]
let tuples = [1, "one"; 2, "two"]
let cons = 0 :: nums
let long = [
  "alpha";
  "beta";
  "gamma";
]

let rec sum = function [] -> 0 | x :: xs -> x + sum xs
let evens = List.filter (fun x -> x mod 2 = 0) nums
let squares = List.map (fun x -> x * x) nums

let () =
  Printf.printf "%d %d %d\n" (List.length empty) (sum nums) (sum trailing);
  Printf.printf "%d\n" (List.length (List.concat nested));
  List.iter (fun (n, s) -> Printf.printf "%d=%s " n s) tuples;
  print_newline ();
  Printf.printf "%d\n" (List.hd cons);
  print_endline (String.concat "," long);
  List.iter (Printf.printf "%d ") (evens @ squares);
  print_newline ();
  Printf.printf "%b\n" (List.mem 3 nums && not (List.mem 9 nums))
