(* Stack, Queue and Buffer *)
let balanced s =
  let st = Stack.create () in
  let ok = ref true in
  String.iter
    (fun c ->
      match c with
      | '(' | '[' -> Stack.push c st
      | ')' -> if Stack.is_empty st || Stack.pop st <> '(' then ok := false
      | ']' -> if Stack.is_empty st || Stack.pop st <> '[' then ok := false
      | _ -> ())
    s;
  !ok && Stack.is_empty st

let bfs_order start next =
  let q = Queue.create () in
  Queue.add start q;
  let out = ref [] in
  while not (Queue.is_empty q) do
    let x = Queue.take q in
    out := x :: !out;
    List.iter (fun y -> Queue.add y q) (next x)
  done;
  List.rev !out

let join sep l =
  let b = Buffer.create 32 in
  List.iteri (fun i s -> if i > 0 then Buffer.add_string b sep; Buffer.add_string b s) l;
  Buffer.contents b

let () =
  Printf.printf "%b %b\n" (balanced "([])") (balanced "(]");
  let order = bfs_order 1 (fun x -> if x < 4 then [2 * x; 2 * x + 1] else []) in
  print_endline (join ", " (List.map string_of_int order))
