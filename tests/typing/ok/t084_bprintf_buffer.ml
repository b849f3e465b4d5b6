(* Buffers with formatted output *)
type row = { name : string; score : int; ratio : float }

let render rows =
  let b = Buffer.create 128 in
  Printf.bprintf b "%-8s %5s %6s\n" "name" "score" "ratio";
  List.iter (fun r -> Printf.bprintf b "%-8s %5d %6.2f\n" r.name r.score r.ratio) rows;
  Buffer.contents b

let add_kv b k v = Printf.bprintf b "%s=%S;" k v
let pp_row b r = Printf.bprintf b "<%s:%d>" r.name r.score
let rows_inline rows =
  let b = Buffer.create 64 in
  List.iter (fun r -> Printf.bprintf b "%a " pp_row r) rows;
  Buffer.contents b

let () =
  let rows = [{ name = "ann"; score = 90; ratio = 0.9 }; { name = "bo"; score = 75; ratio = 0.75 }] in
  print_string (render rows);
  let b = Buffer.create 16 in
  add_kv b "k" "v";
  print_endline (Buffer.contents b);
  print_endline (rows_inline rows)
