(* status: 0 *)
(* More String functions: fold via iteri, for_all/exists, index_from_opt, rcontains_from, blit, to_seq. *)
let () =
  let s = "The rain in Spain stays mainly in the plain" in
  Printf.printf "%b %b\n" (String.exists (fun c -> c = 'S') s) (String.for_all (fun c -> c <> 'z') s);
  let rec all_from i acc = match String.index_from_opt s i 'a' with Some j -> all_from (j + 1) (j :: acc) | None -> List.rev acc in
  Printf.printf "a at: %s\n" (String.concat "," (List.map string_of_int (all_from 0 [])));
  Printf.printf "%b %b\n" (String.contains_from s 10 'S') (String.rcontains_from s 10 'S');
  Printf.printf "%d\n" (String.rindex_from s 20 'i');
  Printf.printf "%s\n" (match String.rindex_opt s 'z' with Some i -> string_of_int i | None -> "no z");
  let b = Bytes.make 12 '-' in
  String.blit s 4 b 2 4;
  print_endline (Bytes.to_string b);
  let vowels = Seq.fold_left (fun n c -> if String.contains "aeiou" c then n + 1 else n) 0 (String.to_seq s) in
  Printf.printf "vowels %d\n" vowels;
  Printf.printf "%s\n" (String.of_seq (Seq.filter (fun c -> c <> ' ') (String.to_seq "a b c")));
  let counts = List.map (fun w -> (w, String.length w)) (String.split_on_char ' ' s) in
  List.iter (fun (w, n) -> if n > 4 then Printf.printf "%s(%d) " w n) counts;
  print_newline ();
  Printf.printf "%S %S\n" (String.sub s 0 0) (String.concat "" [])
