(* List operations (OCaml 4.13 semantics).  Functions documented as not
   tail-recursive (map, append, fold_right, ...) are written the direct way,
   so that their evaluation order and stack use match OCaml's. *)
type 'a t = 'a list = [] | (::) of 'a * 'a list

let length l =
  let rec count acc l = match l with [] -> acc | _ :: rest -> count (acc + 1) rest in
  count 0 l

let rec compare_lengths l1 l2 =
  match l1, l2 with
  | [], [] -> 0
  | [], _ -> -1
  | _, [] -> 1
  | _ :: r1, _ :: r2 -> compare_lengths r1 r2

let rec compare_length_with l n =
  match l with
  | [] -> if n = 0 then 0 else if n > 0 then -1 else 1
  | _ :: rest -> if n <= 0 then 1 else compare_length_with rest (n - 1)

let cons x l = x :: l

let hd l = match l with [] -> failwith "hd" | x :: _ -> x

let tl l = match l with [] -> failwith "tl" | _ :: rest -> rest

let nth l n =
  if n < 0 then invalid_arg "List.nth"
  else
    let rec walk l n =
      match l with
      | [] -> failwith "nth"
      | x :: rest -> if n = 0 then x else walk rest (n - 1)
    in
    walk l n

let nth_opt l n =
  if n < 0 then invalid_arg "List.nth"
  else
    let rec walk l n =
      match l with
      | [] -> None
      | x :: rest -> if n = 0 then Some x else walk rest (n - 1)
    in
    walk l n

let rec rev_append l1 l2 =
  match l1 with [] -> l2 | x :: rest -> rev_append rest (x :: l2)

let rev l = rev_append l []

let init len f =
  if len < 0 then invalid_arg "List.init"
  else if len > 10_000 then begin
    (* tail-recursive for long lists; f is still applied to 0, 1, ... *)
    let rec build i acc = if i >= len then rev acc else build (i + 1) (f i :: acc) in
    build 0 []
  end else begin
    let rec build i = if i >= len then [] else (let x = f i in x :: build (i + 1)) in
    build 0
  end

let rec append l1 l2 =
  match l1 with [] -> l2 | x :: rest -> x :: append rest l2

let rec concat ll =
  match ll with [] -> [] | l :: rest -> append l (concat rest)

let flatten = concat

let rec equal eq l1 l2 =
  match l1, l2 with
  | [], [] -> true
  | [], _ :: _ | _ :: _, [] -> false
  | x1 :: r1, x2 :: r2 -> eq x1 x2 && equal eq r1 r2

let rec compare cmp l1 l2 =
  match l1, l2 with
  | [], [] -> 0
  | [], _ :: _ -> -1
  | _ :: _, [] -> 1
  | x1 :: r1, x2 :: r2 ->
    let c = cmp x1 x2 in
    if c <> 0 then c else compare cmp r1 r2

let rec iter f l = match l with [] -> () | x :: rest -> f x; iter f rest

let iteri f l =
  let rec go i l = match l with [] -> () | x :: rest -> f i x; go (i + 1) rest in
  go 0 l

let rec map f l =
  match l with [] -> [] | x :: rest -> let y = f x in y :: map f rest

let mapi f l =
  let rec go i l =
    match l with [] -> [] | x :: rest -> let y = f i x in y :: go (i + 1) rest
  in
  go 0 l

let rev_map f l =
  let rec go acc l = match l with [] -> acc | x :: rest -> go (f x :: acc) rest in
  go [] l

let filter_map f l =
  let rec go acc l =
    match l with
    | [] -> rev acc
    | x :: rest ->
      (match f x with None -> go acc rest | Some y -> go (y :: acc) rest)
  in
  go [] l

let concat_map f l =
  let rec go acc l =
    match l with
    | [] -> rev acc
    | x :: rest -> let ys = f x in go (rev_append ys acc) rest
  in
  go [] l

let fold_left_map f init l =
  let rec go acc res l =
    match l with
    | [] -> (acc, rev res)
    | x :: rest -> let (acc', y) = f acc x in go acc' (y :: res) rest
  in
  go init [] l

let rec fold_left f acc l =
  match l with [] -> acc | x :: rest -> fold_left f (f acc x) rest

let rec fold_right f l acc =
  match l with [] -> acc | x :: rest -> f x (fold_right f rest acc)

let rec iter2 f l1 l2 =
  match l1, l2 with
  | [], [] -> ()
  | x1 :: r1, x2 :: r2 -> f x1 x2; iter2 f r1 r2
  | _, _ -> invalid_arg "List.iter2"

let rec map2 f l1 l2 =
  match l1, l2 with
  | [], [] -> []
  | x1 :: r1, x2 :: r2 -> let y = f x1 x2 in y :: map2 f r1 r2
  | _, _ -> invalid_arg "List.map2"

let rev_map2 f l1 l2 =
  let rec go acc l1 l2 =
    match l1, l2 with
    | [], [] -> acc
    | x1 :: r1, x2 :: r2 -> go (f x1 x2 :: acc) r1 r2
    | _, _ -> invalid_arg "List.rev_map2"
  in
  go [] l1 l2

let rec fold_left2 f acc l1 l2 =
  match l1, l2 with
  | [], [] -> acc
  | x1 :: r1, x2 :: r2 -> fold_left2 f (f acc x1 x2) r1 r2
  | _, _ -> invalid_arg "List.fold_left2"

let rec fold_right2 f l1 l2 acc =
  match l1, l2 with
  | [], [] -> acc
  | x1 :: r1, x2 :: r2 -> f x1 x2 (fold_right2 f r1 r2 acc)
  | _, _ -> invalid_arg "List.fold_right2"

let rec for_all p l = match l with [] -> true | x :: rest -> p x && for_all p rest

let rec exists p l = match l with [] -> false | x :: rest -> p x || exists p rest

let rec for_all2 p l1 l2 =
  match l1, l2 with
  | [], [] -> true
  | x1 :: r1, x2 :: r2 -> p x1 x2 && for_all2 p r1 r2
  | _, _ -> invalid_arg "List.for_all2"

let rec exists2 p l1 l2 =
  match l1, l2 with
  | [], [] -> false
  | x1 :: r1, x2 :: r2 -> p x1 x2 || exists2 p r1 r2
  | _, _ -> invalid_arg "List.exists2"

let rec mem x l =
  match l with [] -> false | y :: rest -> Stdlib.compare y x = 0 || mem x rest

let rec memq x l = match l with [] -> false | y :: rest -> y == x || memq x rest

let rec assoc x l =
  match l with
  | [] -> raise Not_found
  | (k, v) :: rest -> if Stdlib.compare k x = 0 then v else assoc x rest

let rec assoc_opt x l =
  match l with
  | [] -> None
  | (k, v) :: rest -> if Stdlib.compare k x = 0 then Some v else assoc_opt x rest

let rec assq x l =
  match l with
  | [] -> raise Not_found
  | (k, v) :: rest -> if k == x then v else assq x rest

let rec assq_opt x l =
  match l with
  | [] -> None
  | (k, v) :: rest -> if k == x then Some v else assq_opt x rest

let rec mem_assoc x l =
  match l with
  | [] -> false
  | (k, _) :: rest -> Stdlib.compare k x = 0 || mem_assoc x rest

let rec mem_assq x l =
  match l with [] -> false | (k, _) :: rest -> k == x || mem_assq x rest

let rec remove_assoc x l =
  match l with
  | [] -> []
  | ((k, _) as pair) :: rest ->
    if Stdlib.compare k x = 0 then rest else pair :: remove_assoc x rest

let rec remove_assq x l =
  match l with
  | [] -> []
  | ((k, _) as pair) :: rest -> if k == x then rest else pair :: remove_assq x rest

let rec find p l =
  match l with [] -> raise Not_found | x :: rest -> if p x then x else find p rest

let rec find_opt p l =
  match l with [] -> None | x :: rest -> if p x then Some x else find_opt p rest

let rec find_map f l =
  match l with
  | [] -> None
  | x :: rest -> (match f x with Some _ as r -> r | None -> find_map f rest)

let filter p l =
  let rec go acc l =
    match l with
    | [] -> rev acc
    | x :: rest -> if p x then go (x :: acc) rest else go acc rest
  in
  go [] l

let find_all = filter

let filteri p l =
  let rec go i acc l =
    match l with
    | [] -> rev acc
    | x :: rest -> if p i x then go (i + 1) (x :: acc) rest else go (i + 1) acc rest
  in
  go 0 [] l

let partition p l =
  let rec go yes no l =
    match l with
    | [] -> (rev yes, rev no)
    | x :: rest -> if p x then go (x :: yes) no rest else go yes (x :: no) rest
  in
  go [] [] l

let partition_map f l =
  let rec go lefts rights l =
    match l with
    | [] -> (rev lefts, rev rights)
    | x :: rest ->
      (match f x with
       | Either.Left a -> go (a :: lefts) rights rest
       | Either.Right b -> go lefts (b :: rights) rest)
  in
  go [] [] l

let rec split l =
  match l with
  | [] -> ([], [])
  | (a, b) :: rest -> let (ra, rb) = split rest in (a :: ra, b :: rb)

let rec combine l1 l2 =
  match l1, l2 with
  | [], [] -> []
  | x1 :: r1, x2 :: r2 -> (x1, x2) :: combine r1 r2
  | _, _ -> invalid_arg "List.combine"

let rec merge cmp l1 l2 =
  match l1, l2 with
  | [], l -> l
  | l, [] -> l
  | x1 :: r1, x2 :: r2 ->
    if cmp x1 x2 <= 0 then x1 :: merge cmp r1 l2 else x2 :: merge cmp l1 r2

(* Stable merge sort, top-down: the first n/2 elements and the rest are
   sorted in the opposite direction, then merged by a tail-recursive merge
   that reverses as it goes (no separate reversal pass); runs of 2 and 3
   are sorted directly.  The stack depth is logarithmic, and comparisons are
   made in the same order as OCaml's List.sort. *)

(* merge two ascending lists into a descending one *)
let rev_merge cmp l1 l2 =
  let rec go acc l1 l2 =
    match l1, l2 with
    | [], l | l, [] -> rev_append l acc
    | x1 :: r1, x2 :: r2 ->
      if cmp x1 x2 <= 0 then go (x1 :: acc) r1 l2 else go (x2 :: acc) l1 r2
  in
  go [] l1 l2

(* merge two descending lists into an ascending one; on ties the element
   of l2 (the later part of the input) is taken first, so that it ends up
   after the tied elements of l1 *)
let rev_merge_rev cmp l1 l2 =
  let rec go acc l1 l2 =
    match l1, l2 with
    | [], l | l, [] -> rev_append l acc
    | x1 :: r1, x2 :: r2 ->
      if cmp x1 x2 > 0 then go (x1 :: acc) r1 l2 else go (x2 :: acc) l1 r2
  in
  go [] l1 l2

let stable_sort cmp l =
  (* sort n elements of l; return the sorted list (ascending if asc, else
     descending, ties in input order for ascending, reverse for descending)
     and the rest of l *)
  let rec sort_n asc n l =
    if n = 2 then
      (match l with
       | x1 :: x2 :: rest ->
         let c = cmp x1 x2 in
         if asc then (if c <= 0 then ([x1; x2], rest) else ([x2; x1], rest))
         else (if c > 0 then ([x1; x2], rest) else ([x2; x1], rest))
       | _ -> assert false)
    else if n = 3 then
      (match l with
       | x1 :: x2 :: x3 :: rest ->
         (* [ordered a b]: a may come before b in the result *)
         let ordered a b = if asc then cmp a b <= 0 else cmp a b > 0 in
         let s =
           if ordered x1 x2 then begin
             if ordered x2 x3 then [x1; x2; x3]
             else if ordered x1 x3 then [x1; x3; x2]
             else [x3; x1; x2]
           end else begin
             if ordered x1 x3 then [x2; x1; x3]
             else if ordered x2 x3 then [x2; x3; x1]
             else [x3; x2; x1]
           end
         in
         (s, rest)
       | _ -> assert false)
    else begin
      let n1 = n / 2 in
      let n2 = n - n1 in
      let (s1, rest1) = sort_n (not asc) n1 l in
      let (s2, rest2) = sort_n (not asc) n2 rest1 in
      if asc then (rev_merge_rev cmp s1 s2, rest2)
      else (rev_merge cmp s1 s2, rest2)
    end
  in
  let n = length l in
  if n < 2 then l else fst (sort_n true n l)

let sort = stable_sort
let fast_sort = stable_sort

(* The same merge sort, dropping duplicates as the runs are merged: of two
   equal elements from the two halves, the one of the first half stays; in
   a run of three, an element equal to the middle one gives way to it.  The
   comparisons are made in the same order as OCaml's (a comparison function
   with side effects sees the same calls). *)
let sort_uniq cmp l =
  (* ascending merge of two descending lists, first-half element kept *)
  let rec merge_up acc l1 l2 =
    match l1, l2 with
    | [], l | l, [] -> rev_append l acc
    | x1 :: r1, x2 :: r2 ->
      let c = cmp x1 x2 in
      if c = 0 then merge_up (x1 :: acc) r1 r2
      else if c > 0 then merge_up (x1 :: acc) r1 l2
      else merge_up (x2 :: acc) l1 r2
  in
  (* descending merge of two ascending lists, first-half element kept *)
  let rec merge_down acc l1 l2 =
    match l1, l2 with
    | [], l | l, [] -> rev_append l acc
    | x1 :: r1, x2 :: r2 ->
      let c = cmp x1 x2 in
      if c = 0 then merge_down (x1 :: acc) r1 r2
      else if c < 0 then merge_down (x1 :: acc) r1 l2
      else merge_down (x2 :: acc) l1 r2
  in
  (* the distinct elements of [x1; x2; x3] in order (ascending if asc) *)
  let three asc x1 x2 x3 =
    let before c = if asc then c < 0 else c > 0 in
    let c12 = cmp x1 x2 in
    if c12 = 0 then begin
      let c23 = cmp x2 x3 in
      if c23 = 0 then [x2] else if before c23 then [x2; x3] else [x3; x2]
    end else if before c12 then begin
      let c23 = cmp x2 x3 in
      if c23 = 0 then [x1; x2]
      else if before c23 then [x1; x2; x3]
      else begin
        let c13 = cmp x1 x3 in
        if c13 = 0 then [x1; x2] else if before c13 then [x1; x3; x2] else [x3; x1; x2]
      end
    end else begin
      let c13 = cmp x1 x3 in
      if c13 = 0 then [x2; x1]
      else if before c13 then [x2; x1; x3]
      else begin
        let c23 = cmp x2 x3 in
        if c23 = 0 then [x2; x1] else if before c23 then [x2; x3; x1] else [x3; x2; x1]
      end
    end
  in
  let rec sort_n asc n l =
    if n = 2 then
      (match l with
       | x1 :: x2 :: rest ->
         let c = cmp x1 x2 in
         let before = if asc then c < 0 else c > 0 in
         ((if c = 0 then [x1] else if before then [x1; x2] else [x2; x1]), rest)
       | _ -> assert false)
    else if n = 3 then
      (match l with
       | x1 :: x2 :: x3 :: rest -> (three asc x1 x2 x3, rest)
       | _ -> assert false)
    else begin
      let n1 = n / 2 in
      let n2 = n - n1 in
      let (s1, rest1) = sort_n (not asc) n1 l in
      let (s2, rest2) = sort_n (not asc) n2 rest1 in
      if asc then (merge_up [] s1 s2, rest2) else (merge_down [] s1 s2, rest2)
    end
  in
  let n = length l in
  if n < 2 then l else fst (sort_n true n l)

let to_seq l =
  let rec from l () =
    match l with [] -> Seq.Nil | x :: rest -> Seq.Cons (x, from rest)
  in
  from l

let of_seq s =
  let rec direct depth s =
    if depth = 0 then rev (Seq.fold_left (fun acc x -> x :: acc) [] s)
    else
      match s () with
      | Seq.Nil -> []
      | Seq.Cons (x, next) -> x :: direct (depth - 1) next
  in
  direct 500 s
