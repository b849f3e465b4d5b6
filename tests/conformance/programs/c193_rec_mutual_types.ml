(* status: 0 *)
(* Mutually recursive types and functions: a tiny file-system tree. *)
type file = { fname : string; size : int }
and dir = { dname : string; entries : entry list }
and entry = File of file | Dir of dir

let rec dir_size d = List.fold_left (fun acc e -> acc + entry_size e) 0 d.entries
and entry_size = function File f -> f.size | Dir d -> dir_size d

let rec print_tree indent d =
  Printf.printf "%s%s/ (%d)\n" indent d.dname (dir_size d);
  List.iter (function
    | File f -> Printf.printf "%s  %s %d\n" indent f.fname f.size
    | Dir sub -> print_tree (indent ^ "  ") sub) d.entries

let rec find_all p d =
  List.concat_map (function File f -> if p f then [d.dname ^ "/" ^ f.fname] else [] | Dir s -> List.map (fun x -> d.dname ^ "/" ^ x) (find_all p s)) d.entries

let root = { dname = "root"; entries = [
  File { fname = "a.txt"; size = 120 };
  Dir { dname = "src"; entries = [ File { fname = "main.ml"; size = 2048 }; File { fname = "util.ml"; size = 512 };
                                   Dir { dname = "test"; entries = [ File { fname = "t.ml"; size = 300 } ] } ] };
  Dir { dname = "empty"; entries = [] };
  File { fname = "b.bin"; size = 4096 } ] }

let () =
  print_tree "" root;
  List.iter print_endline (find_all (fun f -> String.length f.fname > 4 && String.sub f.fname (String.length f.fname - 3) 3 = ".ml") root)
