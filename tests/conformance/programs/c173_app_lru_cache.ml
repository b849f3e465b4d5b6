(* status: 0 *)
(* An LRU cache built from a Hashtbl and a mutable doubly-linked list. *)
type node = { key : int; mutable value : string; mutable prev : node option; mutable next : node option }
type lru = { cap : int; tbl : (int, node) Hashtbl.t; mutable head : node option; mutable tail : node option }

let create cap = { cap; tbl = Hashtbl.create cap; head = None; tail = None }
let unlink c n =
  (match n.prev with Some p -> p.next <- n.next | None -> c.head <- n.next);
  (match n.next with Some x -> x.prev <- n.prev | None -> c.tail <- n.prev);
  n.prev <- None; n.next <- None
let push_front c n =
  n.next <- c.head; n.prev <- None;
  (match c.head with Some h -> h.prev <- Some n | None -> c.tail <- Some n);
  c.head <- Some n
let get c k = match Hashtbl.find_opt c.tbl k with
  | Some n -> unlink c n; push_front c n; Some n.value
  | None -> None
let put c k v = match Hashtbl.find_opt c.tbl k with
  | Some n -> n.value <- v; unlink c n; push_front c n
  | None ->
    if Hashtbl.length c.tbl >= c.cap then
      (match c.tail with Some t -> unlink c t; Hashtbl.remove c.tbl t.key | None -> ());
    let n = { key = k; value = v; prev = None; next = None } in
    Hashtbl.add c.tbl k n; push_front c n

let () =
  let c = create 3 in
  put c 1 "one"; put c 2 "two"; put c 3 "three";
  ignore (get c 1);
  put c 4 "four";
  List.iter (fun k -> Printf.printf "%d:%s " k (match get c k with Some v -> v | None -> "-")) [1; 2; 3; 4];
  print_newline ();
  let big = create 1000 in
  let hits = ref 0 in
  for i = 0 to 199_999 do
    let k = (i * i) mod 1500 in
    match get big k with Some _ -> incr hits | None -> put big k (string_of_int k)
  done;
  Printf.printf "hits %d size %d\n" !hits (Hashtbl.length big.tbl)
