(* status: 0 *)
(* Queue and Stack: FIFO/LIFO behaviour, iter, fold, transfer, copy, exceptions. *)
let () =
  let q = Queue.create () in
  List.iter (fun x -> Queue.add x q) [1; 2; 3];
  Queue.push 4 q;
  Printf.printf "peek %d len %d\n" (Queue.peek q) (Queue.length q);
  Printf.printf "take %d pop %d\n" (Queue.take q) (Queue.pop q);
  Queue.iter (Printf.printf "%d ") q;
  print_newline ();
  Printf.printf "fold %d\n" (Queue.fold ( + ) 0 q);
  let q2 = Queue.copy q in
  let q3 = Queue.create () in
  Queue.transfer q q3;
  Printf.printf "after transfer q=%d q3=%d q2=%d\n" (Queue.length q) (Queue.length q3) (Queue.length q2);
  (try ignore (Queue.pop q) with Queue.Empty -> print_endline "Queue.Empty");
  Printf.printf "%s\n" (match Queue.take_opt q3 with Some x -> string_of_int x | None -> "-");
  let s = Stack.create () in
  List.iter (fun x -> Stack.push x s) ["a"; "b"; "c"];
  Printf.printf "top %s len %d\n" (Stack.top s) (Stack.length s);
  Stack.iter print_string s;
  print_newline ();
  Printf.printf "pop %s %s\n" (Stack.pop s) (Stack.pop s);
  Printf.printf "%s\n" (Stack.fold (fun acc x -> acc ^ x) ">" s);
  ignore (Stack.pop s);
  (try ignore (Stack.pop s) with Stack.Empty -> print_endline "Stack.Empty");
  Printf.printf "%b %s\n" (Stack.is_empty s) (match Stack.pop_opt s with None -> "none" | Some x -> x);
  let s2 = Stack.of_seq (List.to_seq [1; 2; 3]) in
  Printf.printf "%d\n" (Stack.top s2)
