(* Association tables over ordered types: AVL trees whose subtrees' heights
   differ by at most 2. *)

module type OrderedType = sig
  type t
  val compare : t -> t -> int
end

module type S = sig
  type key
  type +'a t
  val empty : 'a t
  val is_empty : 'a t -> bool
  val mem : key -> 'a t -> bool
  val add : key -> 'a -> 'a t -> 'a t
  val update : key -> ('a option -> 'a option) -> 'a t -> 'a t
  val singleton : key -> 'a -> 'a t
  val remove : key -> 'a t -> 'a t
  val merge : (key -> 'a option -> 'b option -> 'c option) -> 'a t -> 'b t -> 'c t
  val union : (key -> 'a -> 'a -> 'a option) -> 'a t -> 'a t -> 'a t
  val compare : ('a -> 'a -> int) -> 'a t -> 'a t -> int
  val equal : ('a -> 'a -> bool) -> 'a t -> 'a t -> bool
  val iter : (key -> 'a -> unit) -> 'a t -> unit
  val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
  val for_all : (key -> 'a -> bool) -> 'a t -> bool
  val exists : (key -> 'a -> bool) -> 'a t -> bool
  val filter : (key -> 'a -> bool) -> 'a t -> 'a t
  val filter_map : (key -> 'a -> 'b option) -> 'a t -> 'b t
  val partition : (key -> 'a -> bool) -> 'a t -> 'a t * 'a t
  val cardinal : 'a t -> int
  val bindings : 'a t -> (key * 'a) list
  val min_binding : 'a t -> key * 'a
  val min_binding_opt : 'a t -> (key * 'a) option
  val max_binding : 'a t -> key * 'a
  val max_binding_opt : 'a t -> (key * 'a) option
  val choose : 'a t -> key * 'a
  val choose_opt : 'a t -> (key * 'a) option
  val split : key -> 'a t -> 'a t * 'a option * 'a t
  val find : key -> 'a t -> 'a
  val find_opt : key -> 'a t -> 'a option
  val find_first : (key -> bool) -> 'a t -> key * 'a
  val find_first_opt : (key -> bool) -> 'a t -> (key * 'a) option
  val find_last : (key -> bool) -> 'a t -> key * 'a
  val find_last_opt : (key -> bool) -> 'a t -> (key * 'a) option
  val map : ('a -> 'b) -> 'a t -> 'b t
  val mapi : (key -> 'a -> 'b) -> 'a t -> 'b t
  val to_seq : 'a t -> (key * 'a) Seq.t
  val to_rev_seq : 'a t -> (key * 'a) Seq.t
  val to_seq_from : key -> 'a t -> (key * 'a) Seq.t
  val add_seq : (key * 'a) Seq.t -> 'a t -> 'a t
  val of_seq : (key * 'a) Seq.t -> 'a t
end

module Make (Ord : OrderedType) = struct
  type key = Ord.t
  type +'a t = Empty | Node of 'a t * key * 'a * 'a t * int

  let height m = match m with Empty -> 0 | Node (_, _, _, _, h) -> h

  let node l k d r =
    let hl = height l and hr = height r in
    Node (l, k, d, r, (if hl >= hr then hl + 1 else hr + 1))

  let bal l k d r =
    let hl = height l and hr = height r in
    if hl > hr + 2 then begin
      match l with
      | Empty -> invalid_arg "Map.bal"
      | Node (ll, lk, ld, lr, _) ->
        if height ll >= height lr then node ll lk ld (node lr k d r)
        else begin
          match lr with
          | Empty -> invalid_arg "Map.bal"
          | Node (lrl, lrk, lrd, lrr, _) ->
            node (node ll lk ld lrl) lrk lrd (node lrr k d r)
        end
    end else if hr > hl + 2 then begin
      match r with
      | Empty -> invalid_arg "Map.bal"
      | Node (rl, rk, rd, rr, _) ->
        if height rr >= height rl then node (node l k d rl) rk rd rr
        else begin
          match rl with
          | Empty -> invalid_arg "Map.bal"
          | Node (rll, rlk, rld, rlr, _) ->
            node (node l k d rll) rlk rld (node rlr rk rd rr)
        end
    end else node l k d r

  let empty = Empty
  let is_empty m = match m with Empty -> true | _ -> false
  let singleton k d = Node (Empty, k, d, Empty, 1)

  let rec add x data m =
    match m with
    | Empty -> singleton x data
    | Node (l, k, d, r, h) ->
      let c = Ord.compare x k in
      if c = 0 then (if d == data then m else Node (l, x, data, r, h))
      else if c < 0 then
        let l' = add x data l in if l == l' then m else bal l' k d r
      else
        let r' = add x data r in if r == r' then m else bal l k d r'

  let rec find x m =
    match m with
    | Empty -> raise Not_found
    | Node (l, k, d, r, _) ->
      let c = Ord.compare x k in
      if c = 0 then d else find x (if c < 0 then l else r)

  let rec find_opt x m =
    match m with
    | Empty -> None
    | Node (l, k, d, r, _) ->
      let c = Ord.compare x k in
      if c = 0 then Some d else find_opt x (if c < 0 then l else r)

  let rec mem x m =
    match m with
    | Empty -> false
    | Node (l, k, _, r, _) ->
      let c = Ord.compare x k in
      c = 0 || mem x (if c < 0 then l else r)

  let find_first_opt f m =
    let rec go best m =
      match m with
      | Empty -> best
      | Node (l, k, d, r, _) -> if f k then go (Some (k, d)) l else go best r
    in
    go None m

  let find_first f m =
    match find_first_opt f m with Some b -> b | None -> raise Not_found

  let find_last_opt f m =
    let rec go best m =
      match m with
      | Empty -> best
      | Node (l, k, d, r, _) -> if f k then go (Some (k, d)) r else go best l
    in
    go None m

  let find_last f m =
    match find_last_opt f m with Some b -> b | None -> raise Not_found

  let rec min_binding m =
    match m with
    | Empty -> raise Not_found
    | Node (Empty, k, d, _, _) -> (k, d)
    | Node (l, _, _, _, _) -> min_binding l

  let rec min_binding_opt m =
    match m with
    | Empty -> None
    | Node (Empty, k, d, _, _) -> Some (k, d)
    | Node (l, _, _, _, _) -> min_binding_opt l

  let rec max_binding m =
    match m with
    | Empty -> raise Not_found
    | Node (_, k, d, Empty, _) -> (k, d)
    | Node (_, _, _, r, _) -> max_binding r

  let rec max_binding_opt m =
    match m with
    | Empty -> None
    | Node (_, k, d, Empty, _) -> Some (k, d)
    | Node (_, _, _, r, _) -> max_binding_opt r

  let choose = min_binding
  let choose_opt = min_binding_opt

  let rec remove_min m =
    match m with
    | Empty -> invalid_arg "Map.remove_min_elt"
    | Node (Empty, _, _, r, _) -> r
    | Node (l, k, d, r, _) -> bal (remove_min l) k d r

  let merge2 t1 t2 =
    match t1, t2 with
    | Empty, t -> t
    | t, Empty -> t
    | _, _ -> let (k, d) = min_binding t2 in bal t1 k d (remove_min t2)

  let rec remove x m =
    match m with
    | Empty -> m
    | Node (l, k, d, r, _) ->
      let c = Ord.compare x k in
      if c = 0 then merge2 l r
      else if c < 0 then
        let l' = remove x l in if l == l' then m else bal l' k d r
      else
        let r' = remove x r in if r == r' then m else bal l k d r'

  let rec update x f m =
    match m with
    | Empty ->
      (match f None with None -> m | Some data -> singleton x data)
    | Node (l, k, d, r, h) ->
      let c = Ord.compare x k in
      if c = 0 then begin
        match f (Some d) with
        | None -> merge2 l r
        | Some data -> if d == data then m else Node (l, x, data, r, h)
      end else if c < 0 then
        let l' = update x f l in if l == l' then m else bal l' k d r
      else
        let r' = update x f r in if r == r' then m else bal l k d r'

  let rec iter f m =
    match m with
    | Empty -> ()
    | Node (l, k, d, r, _) -> iter f l; f k d; iter f r

  let rec map f m =
    match m with
    | Empty -> Empty
    | Node (l, k, d, r, h) ->
      let l' = map f l in
      let d' = f d in
      let r' = map f r in
      Node (l', k, d', r', h)

  let rec mapi f m =
    match m with
    | Empty -> Empty
    | Node (l, k, d, r, h) ->
      let l' = mapi f l in
      let d' = f k d in
      let r' = mapi f r in
      Node (l', k, d', r', h)

  let rec fold f m acc =
    match m with
    | Empty -> acc
    | Node (l, k, d, r, _) -> fold f r (f k d (fold f l acc))

  let rec for_all p m =
    match m with
    | Empty -> true
    | Node (l, k, d, r, _) -> p k d && for_all p l && for_all p r

  let rec exists p m =
    match m with
    | Empty -> false
    | Node (l, k, d, r, _) -> p k d || exists p l || exists p r

  let rec add_min k d m =
    match m with
    | Empty -> singleton k d
    | Node (l, x, dx, r, _) -> bal (add_min k d l) x dx r

  let rec add_max k d m =
    match m with
    | Empty -> singleton k d
    | Node (l, x, dx, r, _) -> bal l x dx (add_max k d r)

  let rec join l k d r =
    match l, r with
    | Empty, _ -> add_min k d r
    | _, Empty -> add_max k d l
    | Node (ll, lk, ld, lr, lh), Node (rl, rk, rd, rr, rh) ->
      if lh > rh + 2 then bal ll lk ld (join lr k d r)
      else if rh > lh + 2 then bal (join l k d rl) rk rd rr
      else node l k d r

  let concat t1 t2 =
    match t1, t2 with
    | Empty, t -> t
    | t, Empty -> t
    | _, _ -> let (k, d) = min_binding t2 in join t1 k d (remove_min t2)

  let concat_or_join t1 k o t2 =
    match o with
    | Some d -> join t1 k d t2
    | None -> concat t1 t2

  let rec split x m =
    match m with
    | Empty -> (Empty, None, Empty)
    | Node (l, k, d, r, _) ->
      let c = Ord.compare x k in
      if c = 0 then (l, Some d, r)
      else if c < 0 then
        let (ll, pres, rl) = split x l in (ll, pres, join rl k d r)
      else
        let (lr, pres, rr) = split x r in (join l k d lr, pres, rr)

  let rec merge f s1 s2 =
    match s1, s2 with
    | Empty, Empty -> Empty
    | Node (l1, k1, d1, r1, h1), _ when h1 >= height s2 ->
      let (l2, d2, r2) = split k1 s2 in
      let r = merge f r1 r2 in
      let o = f k1 (Some d1) d2 in
      let l = merge f l1 l2 in
      concat_or_join l k1 o r
    | _, Node (l2, k2, d2, r2, _) ->
      let (l1, d1, r1) = split k2 s1 in
      let r = merge f r1 r2 in
      let o = f k2 d1 (Some d2) in
      let l = merge f l1 l2 in
      concat_or_join l k2 o r
    | _, Empty -> invalid_arg "Map.merge"

  let rec union f s1 s2 =
    match s1, s2 with
    | Empty, s -> s
    | s, Empty -> s
    | Node (l1, k1, d1, r1, h1), Node (l2, k2, d2, r2, h2) ->
      if h1 >= h2 then begin
        let (l2, d2, r2) = split k1 s2 in
        let l = union f l1 l2 in
        let r = union f r1 r2 in
        match d2 with
        | None -> join l k1 d1 r
        | Some d2 -> concat_or_join l k1 (f k1 d1 d2) r
      end else begin
        let (l1, d1, r1) = split k2 s1 in
        let l = union f l1 l2 in
        let r = union f r1 r2 in
        match d1 with
        | None -> join l k2 d2 r
        | Some d1 -> concat_or_join l k2 (f k2 d1 d2) r
      end

  let rec filter p m =
    match m with
    | Empty -> m
    | Node (l, k, d, r, _) ->
      let l' = filter p l in
      let pv = p k d in
      let r' = filter p r in
      if pv then (if l == l' && r == r' then m else join l' k d r')
      else concat l' r'

  let rec filter_map f m =
    match m with
    | Empty -> Empty
    | Node (l, k, d, r, _) ->
      let l' = filter_map f l in
      let o = f k d in
      let r' = filter_map f r in
      concat_or_join l' k o r'

  let rec partition p m =
    match m with
    | Empty -> (Empty, Empty)
    | Node (l, k, d, r, _) ->
      let (lt, lf) = partition p l in
      let pv = p k d in
      let (rt, rf) = partition p r in
      if pv then (join lt k d rt, concat lf rf)
      else (concat lt rt, join lf k d rf)

  type 'a enum = End | More of key * 'a * 'a t * 'a enum

  let rec cons_enum m e =
    match m with
    | Empty -> e
    | Node (l, k, d, r, _) -> cons_enum l (More (k, d, r, e))

  let compare cmp m1 m2 =
    let rec go e1 e2 =
      match e1, e2 with
      | End, End -> 0
      | End, _ -> -1
      | _, End -> 1
      | More (k1, d1, r1, e1), More (k2, d2, r2, e2) ->
        let c = Ord.compare k1 k2 in
        if c <> 0 then c
        else
          let c = cmp d1 d2 in
          if c <> 0 then c else go (cons_enum r1 e1) (cons_enum r2 e2)
    in
    go (cons_enum m1 End) (cons_enum m2 End)

  let equal eq m1 m2 =
    let rec go e1 e2 =
      match e1, e2 with
      | End, End -> true
      | End, _ -> false
      | _, End -> false
      | More (k1, d1, r1, e1), More (k2, d2, r2, e2) ->
        Ord.compare k1 k2 = 0 && eq d1 d2
        && go (cons_enum r1 e1) (cons_enum r2 e2)
    in
    go (cons_enum m1 End) (cons_enum m2 End)

  let rec cardinal m =
    match m with
    | Empty -> 0
    | Node (l, _, _, r, _) -> cardinal l + 1 + cardinal r

  let bindings m =
    let rec go acc m =
      match m with
      | Empty -> acc
      | Node (l, k, d, r, _) -> go ((k, d) :: go acc r) l
    in
    go [] m

  let rec seq_of_enum e () =
    match e with
    | End -> Seq.Nil
    | More (k, d, r, e) -> Seq.Cons ((k, d), seq_of_enum (cons_enum r e))

  let to_seq m = seq_of_enum (cons_enum m End)

  let rec rev_enum m e =
    match m with
    | Empty -> e
    | Node (l, k, d, r, _) -> rev_enum r (More (k, d, l, e))

  let rec seq_of_rev_enum e () =
    match e with
    | End -> Seq.Nil
    | More (k, d, l, e) -> Seq.Cons ((k, d), seq_of_rev_enum (rev_enum l e))

  let to_rev_seq m = seq_of_rev_enum (rev_enum m End)

  let to_seq_from low m =
    let rec go m e =
      match m with
      | Empty -> e
      | Node (l, k, d, r, _) ->
        let c = Ord.compare k low in
        if c = 0 then More (k, d, r, e)
        else if c < 0 then go r e
        else go l (More (k, d, r, e))
    in
    seq_of_enum (go m End)

  let add_seq i m = Seq.fold_left (fun m (k, v) -> add k v m) m i
  let of_seq i = add_seq i Empty
end
