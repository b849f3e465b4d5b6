(* Functional iterators (OCaml 4.13 semantics). *)
type 'a t = unit -> 'a node
and +'a node = Nil | Cons of 'a * 'a t

let empty () = Nil

let return x () = Cons (x, empty)

let cons x next () = Cons (x, next)

let rec append s1 s2 () =
  match s1 () with
  | Nil -> s2 ()
  | Cons (x, next) -> Cons (x, append next s2)

let rec map f s () =
  match s () with
  | Nil -> Nil
  | Cons (x, next) -> Cons (f x, map f next)

let rec filter_map f s () =
  match s () with
  | Nil -> Nil
  | Cons (x, next) ->
    (match f x with
     | None -> filter_map f next ()
     | Some y -> Cons (y, filter_map f next))

let rec filter p s () =
  match s () with
  | Nil -> Nil
  | Cons (x, next) -> if p x then Cons (x, filter p next) else filter p next ()

let rec concat ss () =
  match ss () with
  | Nil -> Nil
  | Cons (s, rest) -> append s (concat rest) ()

let rec flat_map f s () =
  match s () with
  | Nil -> Nil
  | Cons (x, next) -> append (f x) (flat_map f next) ()

let concat_map = flat_map

let fold_left f acc s =
  let rec go acc s =
    match s () with
    | Nil -> acc
    | Cons (x, next) -> go (f acc x) next
  in
  go acc s

let iter f s =
  let rec go s =
    match s () with
    | Nil -> ()
    | Cons (x, next) -> f x; go next
  in
  go s

let rec unfold f seed () =
  match f seed with
  | None -> Nil
  | Some (x, seed') -> Cons (x, unfold f seed')
