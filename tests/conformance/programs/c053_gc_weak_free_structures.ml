(* status: 0 *)
(* Queue and Stack with 10^6 pushes and pops. *)
let () =
  let q = Queue.create () in
  for i = 1 to 1_000_000 do Queue.push (i, float i) q done;
  let s = ref 0 in
  for _ = 1 to 500_000 do let (i, _) = Queue.pop q in s := !s + i done;
  Printf.printf "queue left %d, popped sum %d\n" (Queue.length q) !s;
  let (i, f) = Queue.peek q in
  Printf.printf "peek %d %.1f\n" i f;
  let st = Stack.create () in
  for i = 1 to 1_000_000 do Stack.push [i; i + 1] st done;
  let t = ref 0 in
  while Stack.length st > 10 do
    match Stack.pop st with [a; b] -> t := (!t + a + b) mod 1_000_000_007 | _ -> ()
  done;
  Printf.printf "stack left %d, t %d\n" (Stack.length st) !t;
  Printf.printf "top %s\n" (String.concat "," (List.map string_of_int (Stack.top st)));
  Queue.clear q;
  Printf.printf "empty %b\n" (Queue.is_empty q)
