(* Last-in first-out stacks (OCaml 4.13 semantics). *)
type 'a t = { mutable c : 'a list; mutable len : int }

exception Empty

let create () = { c = []; len = 0 }

let push x s = s.c <- x :: s.c; s.len <- s.len + 1

let pop s =
  match s.c with
  | x :: rest -> s.c <- rest; s.len <- s.len - 1; x
  | [] -> raise Empty

let pop_opt s =
  match s.c with
  | x :: rest -> s.c <- rest; s.len <- s.len - 1; Some x
  | [] -> None

let top s = match s.c with x :: _ -> x | [] -> raise Empty

let top_opt s = match s.c with x :: _ -> Some x | [] -> None

let clear s = s.c <- []; s.len <- 0

let copy s = { c = s.c; len = s.len }

let is_empty s = match s.c with [] -> true | _ :: _ -> false

let length s = s.len

let iter f s = List.iter f s.c

let fold f acc s = List.fold_left f acc s.c

let to_seq s = List.to_seq s.c

let add_seq q i = Seq.iter (fun x -> push x q) i

let of_seq g =
  let s = create () in
  add_seq s g;
  s
