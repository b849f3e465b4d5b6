(* A red-black tree map, built by a functor over an ordered key type,
   with invariant checking, folds, and a few client modules. *)

module type ORDERED = sig
  type t
  val compare : t -> t -> int
  val to_string : t -> string
end

module type MAP = sig
  type key
  type 'a t
  exception Missing of key
  val empty : 'a t
  val is_empty : 'a t -> bool
  val add : key -> 'a -> 'a t -> 'a t
  val find : key -> 'a t -> 'a
  val find_opt : key -> 'a t -> 'a option
  val mem : key -> 'a t -> bool
  val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
  val bindings : 'a t -> (key * 'a) list
  val cardinal : 'a t -> int
  val height : 'a t -> int
  val check : 'a t -> bool
  val min_binding : 'a t -> (key * 'a) option
  val max_binding : 'a t -> (key * 'a) option
  val map : ('a -> 'b) -> 'a t -> 'b t
  val filter : (key -> 'a -> bool) -> 'a t -> 'a t
  val to_string : ('a -> string) -> 'a t -> string
end

module Make (Ord : ORDERED) : MAP with type key = Ord.t = struct
  type key = Ord.t

  type color = Red | Black

  type 'a t =
    | Leaf
    | Node of color * 'a t * key * 'a * 'a t

  exception Missing of key

  let empty = Leaf

  let is_empty = function Leaf -> true | Node _ -> false

  (* Okasaki's balance: the four red-red cases become one shape. *)
  let balance = function
    | Black, Node (Red, Node (Red, a, xk, xv, b), yk, yv, c), zk, zv, d
    | Black, Node (Red, a, xk, xv, Node (Red, b, yk, yv, c)), zk, zv, d
    | Black, a, xk, xv, Node (Red, Node (Red, b, yk, yv, c), zk, zv, d)
    | Black, a, xk, xv, Node (Red, b, yk, yv, Node (Red, c, zk, zv, d)) ->
      Node (Red, Node (Black, a, xk, xv, b), yk, yv, Node (Black, c, zk, zv, d))
    | color, l, k, v, r -> Node (color, l, k, v, r)

  let add key value tree =
    let rec ins = function
      | Leaf -> Node (Red, Leaf, key, value, Leaf)
      | Node (color, l, k, v, r) ->
        let c = Ord.compare key k in
        if c < 0 then balance (color, ins l, k, v, r)
        else if c > 0 then balance (color, l, k, v, ins r)
        else Node (color, l, key, value, r)
    in
    match ins tree with
    | Node (Red, l, k, v, r) -> Node (Black, l, k, v, r)
    | t -> t

  let rec find_opt key = function
    | Leaf -> None
    | Node (_, l, k, v, r) ->
      let c = Ord.compare key k in
      if c = 0 then Some v else if c < 0 then find_opt key l else find_opt key r

  let find key t =
    match find_opt key t with
    | Some v -> v
    | None -> raise (Missing key)

  let mem key t = find_opt key t <> None

  let rec fold f t acc =
    match t with
    | Leaf -> acc
    | Node (_, l, k, v, r) -> fold f l (f k v (fold f r acc))

  let bindings t = fold (fun k v acc -> (k, v) :: acc) t []

  let cardinal t = fold (fun _ _ n -> n + 1) t 0

  let rec height = function
    | Leaf -> 0
    | Node (_, l, _, _, r) -> 1 + max (height l) (height r)

  (* Invariants: no red node has a red child; all paths have the same
     number of black nodes; keys are in order. *)
  let check t =
    let rec black_height = function
      | Leaf -> Some 1
      | Node (color, l, _, _, r) ->
        (match black_height l, black_height r with
         | Some a, Some b when a = b -> Some (if color = Black then a + 1 else a)
         | _ -> None)
    in
    let rec no_red_red = function
      | Leaf -> true
      | Node (Red, Node (Red, _, _, _, _), _, _, _)
      | Node (Red, _, _, _, Node (Red, _, _, _, _)) -> false
      | Node (_, l, _, _, r) -> no_red_red l && no_red_red r
    in
    let rec sorted = function
      | [] | [_] -> true
      | (a, _) :: ((b, _) :: _ as rest) -> Ord.compare a b < 0 && sorted rest
    in
    black_height t <> None && no_red_red t && sorted (bindings t)

  let rec min_binding = function
    | Leaf -> None
    | Node (_, Leaf, k, v, _) -> Some (k, v)
    | Node (_, l, _, _, _) -> min_binding l

  let rec max_binding = function
    | Leaf -> None
    | Node (_, _, k, v, Leaf) -> Some (k, v)
    | Node (_, _, _, _, r) -> max_binding r

  let rec map f = function
    | Leaf -> Leaf
    | Node (c, l, k, v, r) -> Node (c, map f l, k, f v, map f r)

  let filter p t = fold (fun k v acc -> if p k v then add k v acc else acc) t empty

  let to_string show t =
    let items = List.map (fun (k, v) -> Ord.to_string k ^ " -> " ^ show v) (bindings t) in
    "{" ^ String.concat ", " items ^ "}"
end

(* ---------- Clients ---------- *)

module IntKey = struct
  type t = int
  let compare (a : int) b = compare a b
  let to_string = string_of_int
end

module StringKey = struct
  type t = string
  let compare = String.compare
  let to_string s = "\"" ^ s ^ "\""
end

module IntMap = Make (IntKey)
module StrMap = Make (StringKey)

module PairKey (A : ORDERED) (B : ORDERED) = struct
  type t = A.t * B.t
  let compare (a1, b1) (a2, b2) =
    let c = A.compare a1 a2 in
    if c <> 0 then c else B.compare b1 b2
  let to_string (a, b) = "(" ^ A.to_string a ^ ", " ^ B.to_string b ^ ")"
end

module GridMap = Make (PairKey (IntKey) (IntKey))

(* A deterministic pseudo-random generator so output is reproducible. *)
let lcg seed = (seed * 1103515245 + 12345) land 0x3FFFFFFF

let random_keys n =
  let rec go i seed acc =
    if i = 0 then List.rev acc
    else let s = lcg seed in go (i - 1) s (s mod 1000 :: acc)
  in
  go n 42 []

let word_lengths text =
  List.fold_left
    (fun m w -> if w = "" then m else StrMap.add w (String.length w) m)
    StrMap.empty
    (String.split_on_char ' ' text)

let () =
  let keys = random_keys 200 in
  let m = List.fold_left (fun m k -> IntMap.add k (k * k) m) IntMap.empty keys in
  Printf.printf "cardinal=%d height=%d valid=%b\n"
    (IntMap.cardinal m) (IntMap.height m) (IntMap.check m);
  (match IntMap.min_binding m, IntMap.max_binding m with
   | Some (lo, _), Some (hi, _) -> Printf.printf "min=%d max=%d\n" lo hi
   | _ -> print_endline "empty");
  let sorted = List.for_all (fun k -> IntMap.mem k m) keys in
  Printf.printf "all present: %b\n" sorted;
  (try ignore (IntMap.find (-1) m) with IntMap.Missing k -> Printf.printf "missing %d\n" k);
  let small = IntMap.filter (fun k _ -> k < 100) m in
  print_endline (IntMap.to_string string_of_int small);
  let seq = List.fold_left (fun m k -> IntMap.add k () m) IntMap.empty (List.init 1000 (fun i -> i)) in
  Printf.printf "sequential: height=%d valid=%b\n" (IntMap.height seq) (IntMap.check seq);
  let w = word_lengths "the quick brown fox jumps over the lazy dog" in
  print_endline (StrMap.to_string string_of_int w);
  let doubled = StrMap.map (fun n -> n * 2) w in
  Printf.printf "fox -> %d\n" (StrMap.find "fox" doubled);
  let g = GridMap.(empty |> add (1, 2) "a" |> add (0, 5) "b" |> add (1, 0) "c") in
  print_endline (GridMap.to_string (fun s -> s) g);
  Printf.printf "%b %b\n" (GridMap.is_empty GridMap.empty) (GridMap.check g)
