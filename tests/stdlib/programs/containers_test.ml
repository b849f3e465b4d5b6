(* Stack, Queue, Buffer *)
open Tutil

let () =
  (* Stack *)
  let se f = (fun () -> try f () with Stack.Empty -> failwith "Stack.Empty") in
  let s = Stack.create () in
  let st s = list int (Stack.fold (fun acc x -> x :: acc) [] s |> List.rev) in
  check "Stack.is_empty new" bool (fun () -> Stack.is_empty s);
  check "Stack.length new" int (fun () -> Stack.length s);
  check "Stack.pop empty" int (se (fun () -> Stack.pop s));
  check "Stack.top empty" int (se (fun () -> Stack.top s));
  check "Stack.pop_opt empty" (opt int) (fun () -> Stack.pop_opt s);
  check "Stack.top_opt empty" (opt int) (fun () -> Stack.top_opt s);
  for i = 1 to 6 do
    check (Printf.sprintf "Stack.push %d" i) st (fun () -> Stack.push (i * 11) s; s);
    check (Printf.sprintf "Stack.length %d" i) int (fun () -> Stack.length s);
    check (Printf.sprintf "Stack.top %d" i) int (fun () -> Stack.top s)
  done;
  let c = Stack.copy s in
  check "Stack.pop" int (se (fun () -> Stack.pop s));
  check "Stack.pop_opt" (opt int) (fun () -> Stack.pop_opt s);
  check "Stack.top_opt" (opt int) (fun () -> Stack.top_opt s);
  check "Stack.copy independent" (pair st st) (fun () -> (s, c));
  check_trace "Stack.iter" unit (fun () -> Stack.iter (fun x -> log "%d" x) s);
  check_trace "Stack.fold" int (fun () -> Stack.fold (fun a x -> log "%d" x; a * 2 + x) 0 s);
  check "Stack.to_seq" (list int) (fun () -> List.of_seq (Stack.to_seq s));
  check "Stack.is_empty" bool (fun () -> Stack.is_empty s);
  check "Stack.clear" st (fun () -> Stack.clear s; s);
  check "Stack.length cleared" int (fun () -> Stack.length s);
  check "Stack.is_empty cleared" bool (fun () -> Stack.is_empty s);
  check "Stack.pop cleared" int (se (fun () -> Stack.pop s));
  check "Stack copy after clear" st (fun () -> c);
  while not (Stack.is_empty c) do
    check "Stack.pop drain" (pair int int) (se (fun () -> let x = Stack.pop c in (x, Stack.length c)))
  done;
  (* Queue *)
  let qe f = (fun () -> try f () with Queue.Empty -> failwith "Queue.Empty") in
  let q = Queue.create () in
  let qt q = list int (List.rev (Queue.fold (fun acc x -> x :: acc) [] q)) in
  check "Queue.is_empty new" bool (fun () -> Queue.is_empty q);
  check "Queue.length new" int (fun () -> Queue.length q);
  check "Queue.take empty" int (qe (fun () -> Queue.take q));
  check "Queue.pop empty" int (qe (fun () -> Queue.pop q));
  check "Queue.peek empty" int (qe (fun () -> Queue.peek q));
  check "Queue.top empty" int (qe (fun () -> Queue.top q));
  check "Queue.take_opt empty" (opt int) (fun () -> Queue.take_opt q);
  check "Queue.peek_opt empty" (opt int) (fun () -> Queue.peek_opt q);
  for i = 1 to 5 do
    check (Printf.sprintf "Queue.add %d" i) qt (fun () -> Queue.add i q; q);
    check (Printf.sprintf "Queue.push %d" i) qt (fun () -> Queue.push (i * 10) q; q);
    check (Printf.sprintf "Queue.length %d" i) int (fun () -> Queue.length q);
    check (Printf.sprintf "Queue.peek %d" i) int (fun () -> Queue.peek q)
  done;
  let c = Queue.copy q in
  check "Queue.take" int (qe (fun () -> Queue.take q));
  check "Queue.pop" int (qe (fun () -> Queue.pop q));
  check "Queue.take_opt" (opt int) (fun () -> Queue.take_opt q);
  check "Queue.top" int (qe (fun () -> Queue.top q));
  check "Queue.peek_opt" (opt int) (fun () -> Queue.peek_opt q);
  check "Queue.copy independent" (pair qt qt) (fun () -> Queue.add 99 c; (q, c));
  check_trace "Queue.iter" unit (fun () -> Queue.iter (fun x -> log "%d" x) q);
  check_trace "Queue.fold" int (fun () -> Queue.fold (fun a x -> log "%d" x; a * 2 + x) 0 q);
  check "Queue.to_seq" (list int) (fun () -> List.of_seq (Queue.to_seq q));
  check "Queue.transfer" (pair qt qt) (fun () -> Queue.transfer q c; (q, c));
  check "Queue.transfer lengths" (pair int int) (fun () -> (Queue.length q, Queue.length c));
  check "Queue.add after transfer" (pair qt qt) (fun () -> Queue.add 7 q; Queue.add 8 c; (q, c));
  check "Queue.transfer to empty" (pair qt qt) (fun () -> let e = Queue.create () in Queue.transfer c e; (c, e));
  check "Queue.transfer from empty" (pair qt qt) (fun () -> let e = Queue.create () in Queue.transfer e q; (e, q));
  check "Queue.clear" qt (fun () -> Queue.clear q; q);
  check "Queue.is_empty cleared" bool (fun () -> Queue.is_empty q);
  check "Queue.add after clear" qt (fun () -> Queue.add 1 q; q);
  let q2 = Queue.create () in
  for i = 1 to 30 do
    if i mod 3 = 0 then check (Printf.sprintf "Queue.take mix %d" i) int (qe (fun () -> Queue.take q2))
    else check (Printf.sprintf "Queue.add mix %d" i) qt (fun () -> Queue.add i q2; q2)
  done;
  while not (Queue.is_empty q2) do
    check "Queue.take drain" (pair int int) (qe (fun () -> let x = Queue.take q2 in (x, Queue.length q2)))
  done;
  check "Queue.take drained" int (qe (fun () -> Queue.take q2));
  check "Queue.add drained" qt (fun () -> Queue.add 5 q2; q2);
  (* Buffer *)
  let b = Buffer.create 1 in
  let bt b = str (Buffer.contents b) in
  check "Buffer.length new" int (fun () -> Buffer.length b);
  check "Buffer.contents new" str (fun () -> Buffer.contents b);
  List.iter (fun n -> check (Printf.sprintf "Buffer.create %d" n) int (fun () -> Buffer.length (Buffer.create n)))
    [-1; 0; 1; 1000];
  for i = 0 to 20 do
    check (Printf.sprintf "Buffer.add_char %d" i) bt (fun () -> Buffer.add_char b (Char.chr (97 + i)); b)
  done;
  check "Buffer.add_string" bt (fun () -> Buffer.add_string b "-hello-"; b);
  check "Buffer.add_bytes" bt (fun () -> Buffer.add_bytes b (Bytes.of_string "BYTES"); b);
  check "Buffer.add_string empty" bt (fun () -> Buffer.add_string b ""; b);
  List.iter (fun (o, l) ->
      check (Printf.sprintf "Buffer.add_substring %d %d" o l) bt (fun () -> Buffer.add_substring b "0123456789" o l; b))
    [(0, 0); (2, 3); (9, 1); (10, 0); (-1, 2); (8, 3); (0, -1); (11, 0)];
  check "Buffer.length" int (fun () -> Buffer.length b);
  List.iter (fun i -> check (Printf.sprintf "Buffer.nth %d" i) chr (fun () -> Buffer.nth b i)) [-1; 0; 5; 40; 41; 100];
  List.iter (fun (o, l) ->
      check (Printf.sprintf "Buffer.sub %d %d" o l) str (fun () -> Buffer.sub b o l))
    [(0, 0); (0, 5); (3, 10); (-1, 2); (30, 20); (0, -1); (40, 1); (41, 0); (42, 0)];
  check "Buffer.to_bytes" bytes (fun () -> Buffer.to_bytes b);
  check "Buffer.to_bytes fresh" bt (fun () -> let x = Buffer.to_bytes b in Bytes.set x 0 '!'; b);
  let b2 = Buffer.create 4 in
  Buffer.add_string b2 "xyz";
  check "Buffer.add_buffer" bt (fun () -> Buffer.add_buffer b b2; b);
  check "Buffer.add_buffer self" bt (fun () -> Buffer.add_buffer b2 b2; b2);
  List.iter (fun n ->
      check (Printf.sprintf "Buffer.truncate %d" n) bt (fun () -> Buffer.truncate b n; b))
    [100; 30; -1; 30; 10];
  check "Buffer.add after truncate" bt (fun () -> Buffer.add_string b "+tail"; b);
  check "Buffer.clear" bt (fun () -> Buffer.clear b; b);
  check "Buffer.length cleared" int (fun () -> Buffer.length b);
  check "Buffer.add after clear" bt (fun () -> Buffer.add_string b "again"; b);
  check "Buffer.reset" bt (fun () -> Buffer.reset b; b);
  check "Buffer.add after reset" bt (fun () -> Buffer.add_string b "once more, a longer string"; b);
  let big = Buffer.create 16 in
  check "Buffer big" int (fun () -> for i = 1 to 100_000 do Buffer.add_string big (string_of_int i) done; Buffer.length big);
  check "Buffer big sub" str (fun () -> Buffer.sub big 488_000 20);
  check "Buffer big nth" chr (fun () -> Buffer.nth big 488_894);
  finish ()
