(* status: 0 *)
(* Seq: lazy sequences, unfold, map, filter, flat_map, append, of/to list. *)
let rec nat n () = Seq.Cons (n, nat (n + 1))
let rec take n s () = if n = 0 then Seq.Nil else match s () with Seq.Nil -> Seq.Nil | Seq.Cons (x, r) -> Seq.Cons (x, take (n - 1) r)
let to_s s = String.concat " " (List.of_seq (Seq.map string_of_int s))

let () =
  print_endline (to_s (take 10 (nat 0)));
  print_endline (to_s (take 5 (Seq.filter (fun x -> x mod 7 = 0) (nat 1))));
  print_endline (to_s (Seq.unfold (fun n -> if n > 100 then None else Some (n, n * 3)) 1));
  print_endline (to_s (Seq.flat_map (fun x -> List.to_seq [x; x * 10]) (List.to_seq [1; 2; 3])));
  print_endline (to_s (Seq.append (Seq.return 42) (List.to_seq [1; 2])));
  print_endline (to_s (Seq.filter_map (fun x -> if x mod 2 = 0 then Some (x / 2) else None) (take 10 (nat 0))));
  Printf.printf "%d\n" (Seq.fold_left ( + ) 0 (take 1000 (nat 1)));
  Seq.iter (Printf.printf "<%d>") (take 3 (nat 5));
  print_newline ();
  let effects = ref 0 in
  let s = Seq.map (fun x -> incr effects; x) (List.to_seq [1; 2; 3]) in
  Printf.printf "effects before use %d\n" !effects;
  ignore (List.of_seq s);
  ignore (List.of_seq s);
  Printf.printf "effects after two uses %d\n" !effects;
  print_endline (to_s Seq.empty ^ "(empty)");
  print_endline (String.of_seq (Seq.map Char.uppercase_ascii (String.to_seq "seq")))
