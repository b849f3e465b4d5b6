(* Sets over ordered types: AVL trees whose subtrees' heights differ by at
   most 2. *)

module type OrderedType = sig
  type t
  val compare : t -> t -> int
end

module type S = sig
  type elt
  type t
  val empty : t
  val is_empty : t -> bool
  val mem : elt -> t -> bool
  val add : elt -> t -> t
  val singleton : elt -> t
  val remove : elt -> t -> t
  val union : t -> t -> t
  val inter : t -> t -> t
  val disjoint : t -> t -> bool
  val diff : t -> t -> t
  val compare : t -> t -> int
  val equal : t -> t -> bool
  val subset : t -> t -> bool
  val iter : (elt -> unit) -> t -> unit
  val map : (elt -> elt) -> t -> t
  val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a
  val for_all : (elt -> bool) -> t -> bool
  val exists : (elt -> bool) -> t -> bool
  val filter : (elt -> bool) -> t -> t
  val filter_map : (elt -> elt option) -> t -> t
  val partition : (elt -> bool) -> t -> t * t
  val cardinal : t -> int
  val elements : t -> elt list
  val min_elt : t -> elt
  val min_elt_opt : t -> elt option
  val max_elt : t -> elt
  val max_elt_opt : t -> elt option
  val choose : t -> elt
  val choose_opt : t -> elt option
  val split : elt -> t -> t * bool * t
  val find : elt -> t -> elt
  val find_opt : elt -> t -> elt option
  val find_first : (elt -> bool) -> t -> elt
  val find_first_opt : (elt -> bool) -> t -> elt option
  val find_last : (elt -> bool) -> t -> elt
  val find_last_opt : (elt -> bool) -> t -> elt option
  val of_list : elt list -> t
  val to_seq_from : elt -> t -> elt Seq.t
  val to_seq : t -> elt Seq.t
  val to_rev_seq : t -> elt Seq.t
  val add_seq : elt Seq.t -> t -> t
  val of_seq : elt Seq.t -> t
end

module Make (Ord : OrderedType) = struct
  type elt = Ord.t
  type t = Empty | Node of t * elt * t * int

  let height s = match s with Empty -> 0 | Node (_, _, _, h) -> h

  let node l v r =
    let hl = height l and hr = height r in
    Node (l, v, r, (if hl >= hr then hl + 1 else hr + 1))

  (* rebalance when the heights of l and r differ by at most 3 *)
  let bal l v r =
    let hl = height l and hr = height r in
    if hl > hr + 2 then begin
      match l with
      | Empty -> invalid_arg "Set.bal"
      | Node (ll, lv, lr, _) ->
        if height ll >= height lr then node ll lv (node lr v r)
        else begin
          match lr with
          | Empty -> invalid_arg "Set.bal"
          | Node (lrl, lrv, lrr, _) -> node (node ll lv lrl) lrv (node lrr v r)
        end
    end else if hr > hl + 2 then begin
      match r with
      | Empty -> invalid_arg "Set.bal"
      | Node (rl, rv, rr, _) ->
        if height rr >= height rl then node (node l v rl) rv rr
        else begin
          match rl with
          | Empty -> invalid_arg "Set.bal"
          | Node (rll, rlv, rlr, _) -> node (node l v rll) rlv (node rlr rv rr)
        end
    end else node l v r

  let empty = Empty
  let is_empty s = match s with Empty -> true | _ -> false

  let rec add x s =
    match s with
    | Empty -> Node (Empty, x, Empty, 1)
    | Node (l, v, r, _) ->
      let c = Ord.compare x v in
      if c = 0 then s
      else if c < 0 then
        let l' = add x l in if l == l' then s else bal l' v r
      else
        let r' = add x r in if r == r' then s else bal l v r'

  let singleton x = Node (Empty, x, Empty, 1)

  let rec add_min x s =
    match s with
    | Empty -> singleton x
    | Node (l, v, r, _) -> bal (add_min x l) v r

  let rec add_max x s =
    match s with
    | Empty -> singleton x
    | Node (l, v, r, _) -> bal l v (add_max x r)

  (* join l v r: all of l < v < all of r, any heights *)
  let rec join l v r =
    match l, r with
    | Empty, _ -> add_min v r
    | _, Empty -> add_max v l
    | Node (ll, lv, lr, lh), Node (rl, rv, rr, rh) ->
      if lh > rh + 2 then bal ll lv (join lr v r)
      else if rh > lh + 2 then bal (join l v rl) rv rr
      else node l v r

  let rec min_elt s =
    match s with
    | Empty -> raise Not_found
    | Node (Empty, v, _, _) -> v
    | Node (l, _, _, _) -> min_elt l

  let rec min_elt_opt s =
    match s with
    | Empty -> None
    | Node (Empty, v, _, _) -> Some v
    | Node (l, _, _, _) -> min_elt_opt l

  let rec max_elt s =
    match s with
    | Empty -> raise Not_found
    | Node (_, v, Empty, _) -> v
    | Node (_, _, r, _) -> max_elt r

  let rec max_elt_opt s =
    match s with
    | Empty -> None
    | Node (_, v, Empty, _) -> Some v
    | Node (_, _, r, _) -> max_elt_opt r

  let rec remove_min s =
    match s with
    | Empty -> invalid_arg "Set.remove_min_elt"
    | Node (Empty, _, r, _) -> r
    | Node (l, v, r, _) -> bal (remove_min l) v r

  (* merge two trees whose heights differ by at most 2, l < r *)
  let merge2 l r =
    match l, r with
    | Empty, t -> t
    | t, Empty -> t
    | _, _ -> bal l (min_elt r) (remove_min r)

  (* concatenation of any two trees, l < r *)
  let concat l r =
    match l, r with
    | Empty, t -> t
    | t, Empty -> t
    | _, _ -> join l (min_elt r) (remove_min r)

  let rec split x s =
    match s with
    | Empty -> (Empty, false, Empty)
    | Node (l, v, r, _) ->
      let c = Ord.compare x v in
      if c = 0 then (l, true, r)
      else if c < 0 then
        let (ll, pres, rl) = split x l in (ll, pres, join rl v r)
      else
        let (lr, pres, rr) = split x r in (join l v lr, pres, rr)

  let rec mem x s =
    match s with
    | Empty -> false
    | Node (l, v, r, _) ->
      let c = Ord.compare x v in
      c = 0 || mem x (if c < 0 then l else r)

  let rec remove x s =
    match s with
    | Empty -> s
    | Node (l, v, r, _) ->
      let c = Ord.compare x v in
      if c = 0 then merge2 l r
      else if c < 0 then
        let l' = remove x l in if l == l' then s else bal l' v r
      else
        let r' = remove x r in if r == r' then s else bal l v r'

  let rec union s1 s2 =
    match s1, s2 with
    | Empty, t -> t
    | t, Empty -> t
    | Node (l1, v1, r1, h1), Node (l2, v2, r2, h2) ->
      if h1 >= h2 then begin
        if h2 = 1 then add v2 s1
        else begin
          let (l2', _, r2') = split v1 s2 in
          join (union l1 l2') v1 (union r1 r2')
        end
      end else begin
        if h1 = 1 then add v1 s2
        else begin
          let (l1', _, r1') = split v2 s1 in
          join (union l1' l2) v2 (union r1' r2)
        end
      end

  let rec inter s1 s2 =
    match s1, s2 with
    | Empty, _ -> Empty
    | _, Empty -> Empty
    | Node (l1, v1, r1, _), _ ->
      let (l2, pres, r2) = split v1 s2 in
      let l = inter l1 l2 in
      let r = inter r1 r2 in
      if pres then join l v1 r else concat l r

  let rec disjoint s1 s2 =
    match s1, s2 with
    | Empty, _ -> true
    | _, Empty -> true
    | Node (l1, v1, r1, _), _ ->
      let (l2, pres, r2) = split v1 s2 in
      (not pres) && disjoint l1 l2 && disjoint r1 r2

  let rec diff s1 s2 =
    match s1, s2 with
    | Empty, _ -> Empty
    | t, Empty -> t
    | Node (l1, v1, r1, _), _ ->
      let (l2, pres, r2) = split v1 s2 in
      let l = diff l1 l2 in
      let r = diff r1 r2 in
      if pres then concat l r else join l v1 r

  (* enumerations: the leftmost path of a tree, as a list of (v, right) *)
  type enum = End | More of elt * t * enum

  let rec cons_enum s e =
    match s with
    | Empty -> e
    | Node (l, v, r, _) -> cons_enum l (More (v, r, e))

  let compare s1 s2 =
    let rec cmp e1 e2 =
      match e1, e2 with
      | End, End -> 0
      | End, _ -> -1
      | _, End -> 1
      | More (v1, r1, e1), More (v2, r2, e2) ->
        let c = Ord.compare v1 v2 in
        if c <> 0 then c else cmp (cons_enum r1 e1) (cons_enum r2 e2)
    in
    cmp (cons_enum s1 End) (cons_enum s2 End)

  let equal s1 s2 = compare s1 s2 = 0

  let rec subset s1 s2 =
    match s1, s2 with
    | Empty, _ -> true
    | _, Empty -> false
    | Node (l1, v1, r1, _), Node (l2, v2, r2, _) ->
      let c = Ord.compare v1 v2 in
      if c = 0 then subset l1 l2 && subset r1 r2
      else if c < 0 then subset (Node (l1, v1, Empty, 0)) l2 && subset r1 s2
      else subset (Node (Empty, v1, r1, 0)) r2 && subset l1 s2

  let rec iter f s =
    match s with
    | Empty -> ()
    | Node (l, v, r, _) -> iter f l; f v; iter f r

  let rec fold f s acc =
    match s with
    | Empty -> acc
    | Node (l, v, r, _) -> fold f r (f v (fold f l acc))

  let rec for_all p s =
    match s with
    | Empty -> true
    | Node (l, v, r, _) -> p v && for_all p l && for_all p r

  let rec exists p s =
    match s with
    | Empty -> false
    | Node (l, v, r, _) -> p v || exists p l || exists p r

  let rec filter p s =
    match s with
    | Empty -> s
    | Node (l, v, r, _) ->
      let l' = filter p l in
      let pv = p v in
      let r' = filter p r in
      if pv then (if l == l' && r == r' then s else join l' v r')
      else concat l' r'

  let rec partition p s =
    match s with
    | Empty -> (Empty, Empty)
    | Node (l, v, r, _) ->
      let (lt, lf) = partition p l in
      let pv = p v in
      let (rt, rf) = partition p r in
      if pv then (join lt v rt, concat lf rf)
      else (concat lt rt, join lf v rf)

  let rec cardinal s =
    match s with
    | Empty -> 0
    | Node (l, _, r, _) -> cardinal l + 1 + cardinal r

  let elements s =
    let rec go acc s =
      match s with
      | Empty -> acc
      | Node (l, v, r, _) -> go (v :: go acc r) l
    in
    go [] s

  let choose = min_elt
  let choose_opt = min_elt_opt

  let rec find x s =
    match s with
    | Empty -> raise Not_found
    | Node (l, v, r, _) ->
      let c = Ord.compare x v in
      if c = 0 then v else find x (if c < 0 then l else r)

  let rec find_opt x s =
    match s with
    | Empty -> None
    | Node (l, v, r, _) ->
      let c = Ord.compare x v in
      if c = 0 then Some v else find_opt x (if c < 0 then l else r)

  (* f is monotone: the lowest element satisfying f *)
  let find_first_opt f s =
    let rec go best s =
      match s with
      | Empty -> best
      | Node (l, v, r, _) -> if f v then go (Some v) l else go best r
    in
    go None s

  let find_first f s =
    match find_first_opt f s with Some v -> v | None -> raise Not_found

  let find_last_opt f s =
    let rec go best s =
      match s with
      | Empty -> best
      | Node (l, v, r, _) -> if f v then go (Some v) r else go best l
    in
    go None s

  let find_last f s =
    match find_last_opt f s with Some v -> v | None -> raise Not_found

  (* is the result still ordered around v with these two sides? *)
  let try_join l v r =
    if (is_empty l || Ord.compare (max_elt l) v < 0)
    && (is_empty r || Ord.compare v (min_elt r) < 0)
    then join l v r
    else union l (add v r)

  let rec map f s =
    match s with
    | Empty -> s
    | Node (l, v, r, _) ->
      let l' = map f l in
      let v' = f v in
      let r' = map f r in
      if l == l' && v == v' && r == r' then s else try_join l' v' r'

  let rec filter_map f s =
    match s with
    | Empty -> s
    | Node (l, v, r, _) ->
      let l' = filter_map f l in
      let v' = f v in
      let r' = filter_map f r in
      match v' with
      | Some v' -> if l == l' && v == v' && r == r' then s else try_join l' v' r'
      | None -> (match l', r' with
          | Empty, _ -> r'
          | _, Empty -> l'
          | _, _ -> try_concat l' r')
  and try_concat l r =
    if Ord.compare (max_elt l) (min_elt r) < 0 then concat l r else union l r

  let of_list l = List.fold_left (fun s x -> add x s) Empty l

  let rec seq_of_enum e () =
    match e with
    | End -> Seq.Nil
    | More (v, r, e) -> Seq.Cons (v, seq_of_enum (cons_enum r e))

  let to_seq s = seq_of_enum (cons_enum s End)

  let rec rev_enum s e =
    match s with
    | Empty -> e
    | Node (l, v, r, _) -> rev_enum r (More (v, l, e))

  let rec seq_of_rev_enum e () =
    match e with
    | End -> Seq.Nil
    | More (v, l, e) -> Seq.Cons (v, seq_of_rev_enum (rev_enum l e))

  let to_rev_seq s = seq_of_rev_enum (rev_enum s End)

  let to_seq_from low s =
    let rec go s e =
      match s with
      | Empty -> e
      | Node (l, v, r, _) ->
        let c = Ord.compare v low in
        if c = 0 then More (v, r, e)
        else if c < 0 then go r e
        else go l (More (v, r, e))
    in
    seq_of_enum (go s End)

  let add_seq i s = Seq.fold_left (fun s x -> add x s) s i
  let of_seq i = add_seq i Empty
end
