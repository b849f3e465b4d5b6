(* Structures containing every kind of item. *)
module Stack = struct
  type 'a t = { mutable items : 'a list; mutable size : int }
  exception Empty
  let create () = { items = []; size = 0 }
  let push s x = s.items <- x :: s.items; s.size <- s.size + 1
  let pop s =
    match s.items with
    | [] -> raise Empty
    | x :: rest -> s.items <- rest; s.size <- s.size - 1; x
  let is_empty s = s.size = 0
  let rec drain s = if is_empty s then [] else let x = pop s in x :: drain s
end

module Empty = struct end

module Counter = struct
  let count = ref 0
  let next () = incr count; !count
  let () = ignore (next ())
end

let () =
  let s = Stack.create () in
  List.iter (Stack.push s) [1; 2; 3];
  Printf.printf "%d\n" s.Stack.size;
  Printf.printf "%d\n" (Stack.pop s);
  List.iter (Printf.printf "%d ") (Stack.drain s);
  print_newline ();
  (try ignore (Stack.pop s) with Stack.Empty -> print_endline "empty");
  Printf.printf "%d\n" (Counter.next ())
