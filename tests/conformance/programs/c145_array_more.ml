(* status: 0 *)
(* Array: init, make_matrix, fold_left/right, to_seq, of_seq, for_all2, exists2, split, combine. *)
let () =
  let a = Array.init 8 (fun i -> 1 lsl i) in
  Printf.printf "%d %d\n" (Array.fold_left ( + ) 0 a) (Array.fold_right (fun x acc -> acc * 2 + x) a 0);
  let s = Array.to_seq a in
  Printf.printf "%d\n" (Seq.fold_left ( + ) 0 s);
  let b = Array.of_seq (Seq.map (fun x -> x + 1) (Array.to_seq a)) in
  Array.iter (Printf.printf "%d ") b;
  print_newline ();
  Printf.printf "%b %b\n" (Array.for_all2 ( < ) a b) (Array.exists2 ( = ) a b);
  let m = Array.make_matrix 3 4 0 in
  Array.iteri (fun i row -> Array.iteri (fun j _ -> row.(j) <- i * 4 + j) row) m;
  Array.iter (fun row -> print_endline (String.concat "," (Array.to_list (Array.map string_of_int row)))) m;
  let (x, y) = Array.split [| (1, 'a'); (2, 'b') |] in
  Printf.printf "%d%d %c%c\n" x.(0) x.(1) y.(0) y.(1);
  let c = Array.combine [| 1; 2 |] [| "one"; "two" |] in
  Array.iter (fun (n, s) -> Printf.printf "%d=%s " n s) c;
  print_newline ();
  let e = [||] in
  Printf.printf "%d %b\n" (Array.length e) (Array.for_all (fun _ -> false) e);
  let big = Array.make 1_000_000 1 in
  Printf.printf "%d\n" (Array.fold_left ( + ) 0 big);
  let sorted = Array.init 10 (fun i -> (i * 3) mod 10) in
  Array.stable_sort compare sorted;
  Array.iter (Printf.printf "%d") sorted;
  print_newline ()
