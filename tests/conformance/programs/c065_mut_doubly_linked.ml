(* status: 0 *)
(* A doubly-linked list with mutable option links. *)
type node = { value : int; mutable prev : node option; mutable next : node option }
type dlist = { mutable first : node option; mutable last : node option; mutable size : int }

let create () = { first = None; last = None; size = 0 }
let push_back l v =
  let n = { value = v; prev = l.last; next = None } in
  (match l.last with Some t -> t.next <- Some n | None -> l.first <- Some n);
  l.last <- Some n; l.size <- l.size + 1
let remove l n =
  (match n.prev with Some p -> p.next <- n.next | None -> l.first <- n.next);
  (match n.next with Some x -> x.prev <- n.prev | None -> l.last <- n.prev);
  l.size <- l.size - 1
let rec fwd = function None -> [] | Some n -> n.value :: fwd n.next
let rec bwd = function None -> [] | Some n -> n.value :: bwd n.prev

let () =
  let l = create () in
  for i = 1 to 10 do push_back l i done;
  let rec find p = function None -> None | Some n -> if p n.value then Some n else find p n.next in
  List.iter (fun v -> match find (( = ) v) l.first with Some n -> remove l n | None -> ()) [1; 5; 10; 42];
  let show xs = String.concat " " (List.map string_of_int xs) in
  Printf.printf "fwd: %s\nbwd: %s\nsize %d\n" (show (fwd l.first)) (show (bwd l.last)) l.size
