(* status: 0 *)
(* Lazy values: forced once, side effects observed once; exceptions in lazy. *)
let () =
  let n = ref 0 in
  let l = lazy (incr n; print_endline "computing"; 42) in
  Printf.printf "before force n=%d\n" !n;
  Printf.printf "%d\n" (Lazy.force l);
  Printf.printf "%d\n" (Lazy.force l);
  Printf.printf "n=%d is_val=%b\n" !n (Lazy.is_val l);
  let bad = lazy (failwith "boom") in
  (try ignore (Lazy.force bad) with Failure m -> Printf.printf "caught %s\n" m);
  (try ignore (Lazy.force bad) with Failure m -> Printf.printf "caught again %s\n" m);
  let v = Lazy.from_val 7 in
  Printf.printf "from_val %d %b\n" (Lazy.force v) (Lazy.is_val v);
  let rec lazy_list n = lazy (if n = 0 then [] else n :: Lazy.force (lazy_list (n - 1))) in
  Printf.printf "len %d\n" (List.length (Lazy.force (lazy_list 1000)));
  match lazy (1 + 2) with
  | lazy 3 -> print_endline "lazy pattern matched 3"
  | lazy _ -> print_endline "other"
