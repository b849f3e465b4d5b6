(* status: 0 *)
(* Hashtbl iteration order is deterministic for a given insertion sequence. *)
let () =
  let h = Hashtbl.create 16 in
  List.iter (fun k -> Hashtbl.add h k (String.length k)) ["apple"; "banana"; "cherry"; "date"; "elderberry"; "fig"; "grape"];
  Hashtbl.iter (fun k v -> Printf.printf "%s=%d " k v) h;
  print_newline ();
  Hashtbl.add h "apple" 100;
  Hashtbl.iter (fun k v -> Printf.printf "%s=%d " k v) h;
  print_newline ();
  let ih = Hashtbl.create 4 in
  for i = 0 to 30 do Hashtbl.replace ih (i * 37 mod 101) i done;
  Hashtbl.iter (fun k v -> Printf.printf "%d:%d " k v) ih;
  print_newline ();
  let keys = Hashtbl.fold (fun k _ acc -> k :: acc) ih [] in
  Printf.printf "%s\n" (String.concat "," (List.map string_of_int keys));
  let s = Hashtbl.to_seq_keys h in
  Printf.printf "%s\n" (String.concat "," (List.of_seq s));
  Printf.printf "%d %d %d\n" (Hashtbl.hash "apple") (Hashtbl.hash 42) (Hashtbl.hash (1, "a", [2.5]))
