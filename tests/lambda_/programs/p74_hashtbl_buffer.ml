let () =
  let h = Hashtbl.create 16 in
  List.iter (fun w -> Hashtbl.replace h w (1 + (try Hashtbl.find h w with Not_found -> 0)))
    ["a"; "b"; "a"; "c"; "a"; "b"];
  List.iter (fun w -> Printf.printf "%s=%d " w (Hashtbl.find h w)) ["a"; "b"; "c"];
  print_newline ();
  print_string (string_of_bool (Hashtbl.mem h "z")); print_newline ();
  Hashtbl.remove h "a";
  (match Hashtbl.find_opt h "a" with None -> print_endline "gone" | Some _ -> print_endline "still");
  let b = Buffer.create 8 in
  Buffer.add_string b "abc";
  Buffer.add_char b '!';
  print_endline (Buffer.contents b);
  print_int (Buffer.length b); print_newline ();
  let k = Hashtbl.create 4 in
  Hashtbl.add k (1, "x") [1.5];
  print_float (List.hd (Hashtbl.find k (1, "x"))); print_newline ()
