(* status: 0 *)
(* Hashtbl: add/replace/remove shadowing semantics, find_all, copy, filter_map_inplace, seq. *)
let () =
  let h = Hashtbl.create 8 in
  Hashtbl.add h "a" 1;
  Hashtbl.add h "a" 2;
  Hashtbl.add h "b" 3;
  Printf.printf "find a=%d all a=[%s] len=%d\n" (Hashtbl.find h "a")
    (String.concat ";" (List.map string_of_int (Hashtbl.find_all h "a"))) (Hashtbl.length h);
  Hashtbl.remove h "a";
  Printf.printf "after remove a=%d len=%d\n" (Hashtbl.find h "a") (Hashtbl.length h);
  Hashtbl.replace h "a" 10;
  Printf.printf "after replace all a=[%s]\n" (String.concat ";" (List.map string_of_int (Hashtbl.find_all h "a")));
  let c = Hashtbl.copy h in
  Hashtbl.replace c "b" 30;
  Printf.printf "orig b=%d copy b=%d\n" (Hashtbl.find h "b") (Hashtbl.find c "b");
  for i = 1 to 20 do Hashtbl.replace h (string_of_int i) i done;
  Hashtbl.filter_map_inplace (fun _ v -> if v mod 2 = 0 then Some (v * 100) else None) h;
  let keys = List.sort compare (List.of_seq (Hashtbl.to_seq_keys h)) in
  Printf.printf "keys: %s\n" (String.concat " " keys);
  let vals = List.sort compare (List.of_seq (Hashtbl.to_seq_values h)) in
  Printf.printf "vals: %s\n" (String.concat " " (List.map string_of_int vals));
  let h2 = Hashtbl.of_seq (List.to_seq [(1, "x"); (2, "y"); (1, "z")]) in
  Printf.printf "%s %d\n" (Hashtbl.find h2 1) (Hashtbl.length h2);
  Hashtbl.add_seq h2 (List.to_seq [(3, "w")]);
  Hashtbl.clear h;
  Printf.printf "%d %d %b\n" (Hashtbl.length h) (Hashtbl.length h2) (Hashtbl.mem h2 3);
  let st = Hashtbl.stats h2 in
  Printf.printf "bindings %d\n" st.Hashtbl.num_bindings
