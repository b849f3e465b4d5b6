(* Array operations (OCaml 4.13 semantics). *)
type 'a t = 'a array

external length : 'a array -> int = "%array_length"
external get : 'a array -> int -> 'a = "%array_safe_get"
external set : 'a array -> int -> 'a -> unit = "%array_safe_set"
external unsafe_get : 'a array -> int -> 'a = "%array_unsafe_get"
external unsafe_set : 'a array -> int -> 'a -> unit = "%array_unsafe_set"
external make : int -> 'a -> 'a array = "caml_make_vect"
external create_float : int -> float array = "caml_make_float_vect"
external append_prim : 'a array -> 'a array -> 'a array = "caml_array_append"
external concat : 'a array list -> 'a array = "caml_array_concat"
external unsafe_sub : 'a array -> int -> int -> 'a array = "caml_array_sub"
external unsafe_blit : 'a array -> int -> 'a array -> int -> int -> unit = "caml_array_blit"
external unsafe_fill : 'a array -> int -> int -> 'a -> unit = "caml_array_fill"

let init n f =
  if n = 0 then [||]
  else if n < 0 then invalid_arg "Array.init"
  else begin
    let a = make n (f 0) in
    for i = 1 to n - 1 do unsafe_set a i (f i) done;
    a
  end

let make_matrix sx sy x =
  let m = make sx [||] in
  for i = 0 to sx - 1 do unsafe_set m i (make sy x) done;
  m

let append a1 a2 =
  let n1 = length a1 in
  if n1 = 0 then unsafe_sub a2 0 (length a2)
  else if length a2 = 0 then unsafe_sub a1 0 n1
  else append_prim a1 a2

let sub a ofs len =
  if ofs < 0 || len < 0 || ofs > length a - len then invalid_arg "Array.sub"
  else unsafe_sub a ofs len

let copy a =
  let n = length a in
  if n = 0 then [||] else unsafe_sub a 0 n

let fill a ofs len x =
  if ofs < 0 || len < 0 || ofs > length a - len then invalid_arg "Array.fill"
  else unsafe_fill a ofs len x

let blit src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > length src - len
     || dstoff < 0 || dstoff > length dst - len
  then invalid_arg "Array.blit"
  else unsafe_blit src srcoff dst dstoff len

let to_list a =
  let rec go i acc = if i < 0 then acc else go (i - 1) (unsafe_get a i :: acc) in
  go (length a - 1) []

let of_list l =
  match l with
  | [] -> [||]
  | x :: rest ->
    let a = make (List.length l) x in
    let rec fill i l = match l with [] -> () | y :: r -> unsafe_set a i y; fill (i + 1) r in
    fill 1 rest;
    a

let iter f a = for i = 0 to length a - 1 do f (unsafe_get a i) done

let iteri f a = for i = 0 to length a - 1 do f i (unsafe_get a i) done

let map f a =
  let n = length a in
  if n = 0 then [||]
  else begin
    let r = make n (f (unsafe_get a 0)) in
    for i = 1 to n - 1 do unsafe_set r i (f (unsafe_get a i)) done;
    r
  end

let mapi f a =
  let n = length a in
  if n = 0 then [||]
  else begin
    let r = make n (f 0 (unsafe_get a 0)) in
    for i = 1 to n - 1 do unsafe_set r i (f i (unsafe_get a i)) done;
    r
  end

let fold_left f acc a =
  let r = ref acc in
  for i = 0 to length a - 1 do r := f !r (unsafe_get a i) done;
  !r

let fold_left_map f acc a =
  let n = length a in
  if n = 0 then (acc, [||])
  else begin
    let (acc0, y0) = f acc (unsafe_get a 0) in
    let r = make n y0 in
    let accr = ref acc0 in
    for i = 1 to n - 1 do
      let (acc', y) = f !accr (unsafe_get a i) in
      accr := acc';
      unsafe_set r i y
    done;
    (!accr, r)
  end

let fold_right f a acc =
  let r = ref acc in
  for i = length a - 1 downto 0 do r := f (unsafe_get a i) !r done;
  !r

let iter2 f a1 a2 =
  if length a1 <> length a2 then invalid_arg "Array.iter2: arrays must have the same length"
  else for i = 0 to length a1 - 1 do f (unsafe_get a1 i) (unsafe_get a2 i) done

let map2 f a1 a2 =
  let n = length a1 in
  if n <> length a2 then invalid_arg "Array.map2: arrays must have the same length"
  else if n = 0 then [||]
  else begin
    let r = make n (f (unsafe_get a1 0) (unsafe_get a2 0)) in
    for i = 1 to n - 1 do unsafe_set r i (f (unsafe_get a1 i) (unsafe_get a2 i)) done;
    r
  end

let for_all p a =
  let n = length a in
  let rec go i = i = n || (p (unsafe_get a i) && go (i + 1)) in
  go 0

let exists p a =
  let n = length a in
  let rec go i = i < n && (p (unsafe_get a i) || go (i + 1)) in
  go 0

let for_all2 p a1 a2 =
  let n = length a1 in
  if n <> length a2 then invalid_arg "Array.for_all2"
  else begin
    let rec go i = i = n || (p (unsafe_get a1 i) (unsafe_get a2 i) && go (i + 1)) in
    go 0
  end

let exists2 p a1 a2 =
  let n = length a1 in
  if n <> length a2 then invalid_arg "Array.exists2"
  else begin
    let rec go i = i < n && (p (unsafe_get a1 i) (unsafe_get a2 i) || go (i + 1)) in
    go 0
  end

let mem x a =
  let n = length a in
  let rec go i = i < n && (Stdlib.compare (unsafe_get a i) x = 0 || go (i + 1)) in
  go 0

let memq x a =
  let n = length a in
  let rec go i = i < n && (unsafe_get a i == x || go (i + 1)) in
  go 0

let find_opt p a =
  let n = length a in
  let rec go i =
    if i = n then None
    else let x = unsafe_get a i in if p x then Some x else go (i + 1)
  in
  go 0

let find_map f a =
  let n = length a in
  let rec go i =
    if i = n then None
    else match f (unsafe_get a i) with Some _ as r -> r | None -> go (i + 1)
  in
  go 0

let split a =
  let n = length a in
  if n = 0 then ([||], [||])
  else begin
    let (x0, y0) = unsafe_get a 0 in
    let xs = make n x0 and ys = make n y0 in
    for i = 1 to n - 1 do
      let (x, y) = unsafe_get a i in
      unsafe_set xs i x;
      unsafe_set ys i y
    done;
    (xs, ys)
  end

let combine a1 a2 =
  let n = length a1 in
  if n <> length a2 then invalid_arg "Array.combine"
  else if n = 0 then [||]
  else begin
    let r = make n (unsafe_get a1 0, unsafe_get a2 0) in
    for i = 1 to n - 1 do unsafe_set r i (unsafe_get a1 i, unsafe_get a2 i) done;
    r
  end

(* Heap sort on a ternary heap (children of [i] at 3i+1 .. 3i+3), with
   bottom-up sifting during extraction: constant extra space, no recursion
   deeper than the heap's height.  Among equal children the first wins, and
   an element only moves past strictly greater ones, which fixes the order
   in which equal elements come out. *)
let sort cmp a =
  let n = length a in
  (* index of the greatest child of [i] in a heap of [size] elements, or -1 *)
  let max_child size i =
    let c = 3 * i + 1 in
    if c + 2 < size then begin
      let m = if cmp (unsafe_get a c) (unsafe_get a (c + 1)) < 0 then c + 1 else c in
      if cmp (unsafe_get a m) (unsafe_get a (c + 2)) < 0 then c + 2 else m
    end
    else if c + 1 < size && cmp (unsafe_get a c) (unsafe_get a (c + 1)) < 0 then c + 1
    else if c < size then c
    else -1
  in
  (* put [x] at hole [i] or below it *)
  let rec sift_down size i x =
    let m = max_child size i in
    if m >= 0 && cmp (unsafe_get a m) x > 0 then begin
      unsafe_set a i (unsafe_get a m);
      sift_down size m x
    end
    else unsafe_set a i x
  in
  (* move the hole at [i] down to a leaf, always towards the greatest child *)
  let rec hole_to_leaf size i =
    let m = max_child size i in
    if m < 0 then i
    else begin
      unsafe_set a i (unsafe_get a m);
      hole_to_leaf size m
    end
  in
  (* put [x] at hole [i] or above it *)
  let rec sift_up i x =
    if i = 0 then unsafe_set a 0 x
    else begin
      let parent = (i - 1) / 3 in
      if cmp (unsafe_get a parent) x < 0 then begin
        unsafe_set a i (unsafe_get a parent);
        sift_up parent x
      end
      else unsafe_set a i x
    end
  in
  for i = (n + 1) / 3 - 1 downto 0 do sift_down n i (unsafe_get a i) done;
  for last = n - 1 downto 2 do
    let x = unsafe_get a last in
    unsafe_set a last (unsafe_get a 0);
    sift_up (hole_to_leaf last 0) x
  done;
  if n > 1 then begin
    let x = unsafe_get a 1 in
    unsafe_set a 1 (unsafe_get a 0);
    unsafe_set a 0 x
  end

(* Merge sort: stable; uses a temporary array of half the length. *)
let stable_sort cmp a =
  let n = length a in
  if n > 1 then begin
    let tmp = make ((n + 1) / 2) (unsafe_get a 0) in
    (* sort a[lo .. hi-1] in place *)
    let rec msort lo hi =
      if hi - lo <= 8 then begin
        (* insertion sort, stable *)
        for i = lo + 1 to hi - 1 do
          let x = unsafe_get a i in
          let j = ref (i - 1) in
          while !j >= lo && cmp (unsafe_get a !j) x > 0 do
            unsafe_set a (!j + 1) (unsafe_get a !j);
            decr j
          done;
          unsafe_set a (!j + 1) x
        done
      end else begin
        let mid = (lo + hi) / 2 in
        msort lo mid;
        msort mid hi;
        let n1 = mid - lo in
        unsafe_blit a lo tmp 0 n1;
        let i = ref 0 and j = ref mid and k = ref lo in
        while !i < n1 && !j < hi do
          if cmp (unsafe_get tmp !i) (unsafe_get a !j) <= 0 then begin
            unsafe_set a !k (unsafe_get tmp !i); incr i
          end else begin
            unsafe_set a !k (unsafe_get a !j); incr j
          end;
          incr k
        done;
        if !i < n1 then unsafe_blit tmp !i a !k (n1 - !i)
      end
    in
    msort 0 n
  end

let fast_sort = stable_sort

let to_seq a =
  let rec from i () =
    if i < length a then Seq.Cons (unsafe_get a i, from (i + 1)) else Seq.Nil
  in
  from 0

let to_seqi a =
  let rec from i () =
    if i < length a then Seq.Cons ((i, unsafe_get a i), from (i + 1)) else Seq.Nil
  in
  from 0

let of_seq s = of_list (List.of_seq s)
