(* Hash tables: an array of buckets whose length is a power of two; a
   binding goes into bucket [hash key land (length - 1)], at the head.
   The array doubles when the number of bindings exceeds twice its
   length; doubling keeps the relative order of the bindings of a bucket. *)

external seeded_hash_param : int -> int -> int -> 'a -> int = "caml_hash"

let hash x = seeded_hash_param 10 100 0 x

type ('a, 'b) bucket =
  | Empty
  | Cons of 'a * 'b * ('a, 'b) bucket

type ('a, 'b) t = {
  mutable size : int;
  mutable data : ('a, 'b) bucket array;
  seed : int;
  initial_size : int;
}

type statistics = {
  num_bindings : int;
  num_buckets : int;
  max_bucket_length : int;
  bucket_histogram : int array;
}

let max_array_length = 18014398509481983

let rec power_2_above x n =
  if x >= n then x
  else if x * 2 > max_array_length then x
  else power_2_above (x * 2) n

let create n =
  let s = power_2_above 16 n in
  { size = 0; data = Array.make s Empty; seed = 0; initial_size = s }

let clear h =
  if h.size > 0 then begin
    h.size <- 0;
    Array.fill h.data 0 (Array.length h.data) Empty
  end

let reset h =
  let len = Array.length h.data in
  if len = abs h.initial_size then clear h
  else begin
    h.size <- 0;
    h.data <- Array.make (abs h.initial_size) Empty
  end

let copy h =
  { size = h.size; data = Array.copy h.data; seed = h.seed;
    initial_size = h.initial_size }

let length h = h.size

let rec rev_bucket acc b =
  match b with
  | Empty -> acc
  | Cons (k, d, rest) -> rev_bucket (Cons (k, d, acc)) rest

(* the generic operations, given the index of a key and its equality *)

let g_resize index h =
  let odata = h.data in
  let osize = Array.length odata in
  let nsize = osize * 2 in
  if nsize < max_array_length then begin
    let ndata = Array.make nsize Empty in
    h.data <- ndata;
    for i = 0 to osize - 1 do
      let rec go b =
        match b with
        | Empty -> ()
        | Cons (k, d, rest) ->
          let j = index h k in
          ndata.(j) <- Cons (k, d, ndata.(j));
          go rest
      in
      go odata.(i)
    done;
    for j = 0 to nsize - 1 do
      ndata.(j) <- rev_bucket Empty ndata.(j)
    done
  end

let g_add index h key data =
  let i = index h key in
  h.data.(i) <- Cons (key, data, h.data.(i));
  h.size <- h.size + 1;
  if h.size > 2 * Array.length h.data then g_resize index h

let g_remove index eq h key =
  let i = index h key in
  let rec go b =
    match b with
    | Empty -> raise_notrace Not_found
    | Cons (k, d, rest) -> if eq k key then rest else Cons (k, d, go rest)
  in
  match go h.data.(i) with
  | b -> h.data.(i) <- b; h.size <- h.size - 1
  | exception Not_found -> ()

let g_find index eq h key =
  let rec go b =
    match b with
    | Empty -> raise Not_found
    | Cons (k, d, rest) -> if eq k key then d else go rest
  in
  go h.data.(index h key)

let g_find_opt index eq h key =
  let rec go b =
    match b with
    | Empty -> None
    | Cons (k, d, rest) -> if eq k key then Some d else go rest
  in
  go h.data.(index h key)

let g_find_all index eq h key =
  let rec go b =
    match b with
    | Empty -> []
    | Cons (k, d, rest) -> if eq k key then d :: go rest else go rest
  in
  go h.data.(index h key)

let g_mem index eq h key =
  let rec go b =
    match b with
    | Empty -> false
    | Cons (k, _, rest) -> eq k key || go rest
  in
  go h.data.(index h key)

let g_replace index eq h key data =
  let i = index h key in
  let rec go b =
    match b with
    | Empty -> raise_notrace Not_found
    | Cons (k, d, rest) ->
      if eq k key then Cons (key, data, rest) else Cons (k, d, go rest)
  in
  match go h.data.(i) with
  | b -> h.data.(i) <- b
  | exception Not_found ->
    h.data.(i) <- Cons (key, data, h.data.(i));
    h.size <- h.size + 1;
    if h.size > 2 * Array.length h.data then g_resize index h

let iter f h =
  let d = h.data in
  for i = 0 to Array.length d - 1 do
    let rec go b =
      match b with
      | Empty -> ()
      | Cons (k, v, rest) -> f k v; go rest
    in
    go d.(i)
  done

let fold f h init =
  let d = h.data in
  let acc = ref init in
  for i = 0 to Array.length d - 1 do
    let rec go b a =
      match b with
      | Empty -> a
      | Cons (k, v, rest) -> go rest (f k v a)
    in
    acc := go d.(i) !acc
  done;
  !acc

let filter_map_inplace f h =
  let d = h.data in
  for i = 0 to Array.length d - 1 do
    let rec go b =
      match b with
      | Empty -> Empty
      | Cons (k, v, rest) ->
        (match f k v with
         | None -> h.size <- h.size - 1; go rest
         | Some v' ->
           Cons (k, v', go rest))
    in
    d.(i) <- go d.(i)
  done

let rec bucket_length acc b =
  match b with
  | Empty -> acc
  | Cons (_, _, rest) -> bucket_length (acc + 1) rest

let stats h =
  let mbl = Array.fold_left (fun m b -> max m (bucket_length 0 b)) 0 h.data in
  let histo = Array.make (mbl + 1) 0 in
  Array.iter (fun b -> let l = bucket_length 0 b in histo.(l) <- histo.(l) + 1)
    h.data;
  { num_bindings = h.size; num_buckets = Array.length h.data;
    max_bucket_length = mbl; bucket_histogram = histo }

let to_seq h =
  let d = h.data in
  let rec aux i b () =
    match b with
    | Empty ->
      if i = Array.length d then Seq.Nil else aux (i + 1) d.(i) ()
    | Cons (k, v, rest) -> Seq.Cons ((k, v), aux i rest)
  in
  aux 0 Empty

let to_seq_keys h = Seq.map fst (to_seq h)
let to_seq_values h = Seq.map snd (to_seq h)

(* the generic table: OCaml's structural hash and compare *)

let key_index h key =
  seeded_hash_param 10 100 h.seed key land (Array.length h.data - 1)

let key_eq a b = compare a b = 0

let add h key data = g_add key_index h key data
let remove h key = g_remove key_index key_eq h key
let find h key = g_find key_index key_eq h key
let find_opt h key = g_find_opt key_index key_eq h key
let find_all h key = g_find_all key_index key_eq h key
let mem h key = g_mem key_index key_eq h key
let replace h key data = g_replace key_index key_eq h key data

let add_seq h s = Seq.iter (fun (k, v) -> add h k v) s
let replace_seq h s = Seq.iter (fun (k, v) -> replace h k v) s
let of_seq s = let h = create 16 in replace_seq h s; h

module type HashedType = sig
  type t
  val equal : t -> t -> bool
  val hash : t -> int
end

module type S = sig
  type key
  type 'a t
  val create : int -> 'a t
  val clear : 'a t -> unit
  val reset : 'a t -> unit
  val copy : 'a t -> 'a t
  val add : 'a t -> key -> 'a -> unit
  val remove : 'a t -> key -> unit
  val find : 'a t -> key -> 'a
  val find_opt : 'a t -> key -> 'a option
  val find_all : 'a t -> key -> 'a list
  val replace : 'a t -> key -> 'a -> unit
  val mem : 'a t -> key -> bool
  val iter : (key -> 'a -> unit) -> 'a t -> unit
  val filter_map_inplace : (key -> 'a -> 'a option) -> 'a t -> unit
  val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
  val length : 'a t -> int
  val stats : 'a t -> statistics
  val to_seq : 'a t -> (key * 'a) Seq.t
  val to_seq_keys : 'a t -> key Seq.t
  val to_seq_values : 'a t -> 'a Seq.t
  val add_seq : 'a t -> (key * 'a) Seq.t -> unit
  val replace_seq : 'a t -> (key * 'a) Seq.t -> unit
  val of_seq : (key * 'a) Seq.t -> 'a t
end

module Make (H : HashedType) = struct
  type key = H.t
  type 'a hashtbl = (key, 'a) t
  type 'a t = 'a hashtbl
  let create = create
  let clear = clear
  let reset = reset
  let copy = copy
  let index h key = H.hash key land (Array.length h.data - 1)
  let add h key data = g_add index h key data
  let remove h key = g_remove index H.equal h key
  let find h key = g_find index H.equal h key
  let find_opt h key = g_find_opt index H.equal h key
  let find_all h key = g_find_all index H.equal h key
  let replace h key data = g_replace index H.equal h key data
  let mem h key = g_mem index H.equal h key
  let iter = iter
  let filter_map_inplace = filter_map_inplace
  let fold = fold
  let length = length
  let stats = stats
  let to_seq = to_seq
  let to_seq_keys = to_seq_keys
  let to_seq_values = to_seq_values
  let add_seq h s = Seq.iter (fun (k, v) -> add h k v) s
  let replace_seq h s = Seq.iter (fun (k, v) -> replace h k v) s
  let of_seq s = let h = create 16 in replace_seq h s; h
end
