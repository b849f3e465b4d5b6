(* status: 0 *)
(* Two closures sharing one captured ref versus copies of an immutable value. *)
let make () =
  let state = ref 0 in
  let snapshot = !state in
  let bump () = incr state; !state in
  let peek () = !state in
  let old () = snapshot in
  (bump, peek, old)

let () =
  let (bump, peek, old) = make () in
  ignore (bump ()); ignore (bump ());
  Printf.printf "peek %d old %d\n" (peek ()) (old ());
  let (bump2, peek2, _) = make () in
  ignore (bump2 ());
  Printf.printf "first %d second %d\n" (peek ()) (peek2 ());
  let r = ref 10 in
  let reader = (fun () -> !r) in
  r := 20;
  let r = ref 30 in
  Printf.printf "reader sees %d (shadowed r is %d)\n" (reader ()) !r;
  let counters = Array.make 3 (ref 0) in
  counters.(0) := 5;
  Printf.printf "shared ref in Array.make: %d %d\n" !(counters.(1)) !(counters.(2));
  let distinct = Array.init 3 (fun _ -> ref 0) in
  distinct.(0) := 5;
  Printf.printf "distinct refs: %d %d\n" !(distinct.(0)) !(distinct.(1))
