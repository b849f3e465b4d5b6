(* First-in first-out queues (OCaml 4.13 semantics): a mutable singly
   linked list with a pointer to its last cell. *)
type 'a cell = Nil | Cons of 'a node
and 'a node = { content : 'a; mutable next : 'a cell }

type 'a t = { mutable length : int; mutable first : 'a cell; mutable last : 'a cell }

exception Empty

let create () = { length = 0; first = Nil; last = Nil }

let clear q = q.length <- 0; q.first <- Nil; q.last <- Nil

let add x q =
  let cell = Cons { content = x; next = Nil } in
  (match q.last with
   | Nil -> q.first <- cell
   | Cons node -> node.next <- cell);
  q.last <- cell;
  q.length <- q.length + 1

let push = add

let peek q = match q.first with Nil -> raise Empty | Cons node -> node.content

let peek_opt q = match q.first with Nil -> None | Cons node -> Some node.content

let top = peek

let take q =
  match q.first with
  | Nil -> raise Empty
  | Cons node ->
    (match node.next with
     | Nil -> clear q
     | next -> q.length <- q.length - 1; q.first <- next);
    node.content

let take_opt q =
  match q.first with
  | Nil -> None
  | Cons _ -> Some (take q)

let pop = take

let copy q =
  let r = create () in
  let rec go c = match c with Nil -> () | Cons node -> add node.content r; go node.next in
  go q.first;
  r

let is_empty q = q.length = 0

let length q = q.length

let iter f q =
  let rec go c = match c with Nil -> () | Cons node -> f node.content; go node.next in
  go q.first

let fold f acc q =
  let rec go acc c = match c with Nil -> acc | Cons node -> go (f acc node.content) node.next in
  go acc q.first

let transfer q1 q2 =
  if q1.length > 0 then begin
    (match q2.last with
     | Nil -> q2.first <- q1.first
     | Cons node -> node.next <- q1.first);
    q2.last <- q1.last;
    q2.length <- q2.length + q1.length;
    clear q1
  end

let to_seq q =
  let rec from c () =
    match c with Nil -> Seq.Nil | Cons node -> Seq.Cons (node.content, from node.next)
  in
  from q.first

let add_seq q i = Seq.iter (fun x -> push x q) i

let of_seq g =
  let q = create () in
  add_seq q g;
  q
