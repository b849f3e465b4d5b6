(* Mutually recursive types for a file-system tree *)
type file = { fname : string; size : int }
and dir = { dname : string; entries : entry list }
and entry = F of file | D of dir

let rec total_size d = List.fold_left (fun acc e -> acc + entry_size e) 0 d.entries
and entry_size = function F f -> f.size | D d -> total_size d

let rec find_files pred d =
  List.concat_map
    (function F f -> if pred f then [f.fname] else [] | D sub -> find_files pred sub)
    d.entries

let rec depth d =
  1 + List.fold_left (fun m e -> match e with D s -> max m (depth s) | F _ -> m) 0 d.entries

let root = { dname = "/"; entries = [F { fname = "a.txt"; size = 10 }; D { dname = "src"; entries = [F { fname = "m.ml"; size = 200 }] }] }

let () =
  Printf.printf "%d %d\n" (total_size root) (depth root);
  List.iter print_endline (find_files (fun f -> f.size > 50) root)
