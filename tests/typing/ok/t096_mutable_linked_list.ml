(* A doubly-linked list with mutable records and options *)
type 'a node = { value : 'a; mutable prev : 'a node option; mutable next : 'a node option }
type 'a dlist = { mutable first : 'a node option; mutable last : 'a node option; mutable length : int }

let create () = { first = None; last = None; length = 0 }

let push_back l v =
  let n = { value = v; prev = l.last; next = None } in
  (match l.last with Some last -> last.next <- Some n | None -> l.first <- Some n);
  l.last <- Some n;
  l.length <- l.length + 1

let push_front l v =
  let n = { value = v; prev = None; next = l.first } in
  (match l.first with Some first -> first.prev <- Some n | None -> l.last <- Some n);
  l.first <- Some n;
  l.length <- l.length + 1

let to_list l =
  let rec go acc = function None -> List.rev acc | Some n -> go (n.value :: acc) n.next in
  go [] l.first

let to_rev_list l =
  let rec go acc = function None -> List.rev acc | Some n -> go (n.value :: acc) n.prev in
  go [] l.last

let () =
  let l = create () in
  push_back l 2; push_back l 3; push_front l 1;
  List.iter (Printf.printf "%d ") (to_list l);
  List.iter (Printf.printf "%d ") (to_rev_list l);
  Printf.printf "(%d)\n" l.length
