(* status: 2 *)
(* Uncaught Not_found from Hashtbl.find, deep inside calls. *)
let tbl = Hashtbl.create 8
let () = List.iter (fun (k, v) -> Hashtbl.replace tbl k v) ["one", 1; "two", 2; "three", 3]

let lookup k = Hashtbl.find tbl k
let rec sum_keys = function
  | [] -> 0
  | k :: r -> lookup k + sum_keys r

let () =
  Printf.printf "%d\n" (sum_keys ["one"; "two"]);
  Printf.printf "%d\n" (sum_keys ["three"; "three"]);
  print_string "partial line without newline ";
  Printf.printf "%d\n" (sum_keys ["one"; "four"; "two"]);
  print_endline "unreachable"
