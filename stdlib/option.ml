(* Option values (OCaml 4.13 semantics). *)
type 'a t = 'a option = None | Some of 'a

let none = None
let some v = Some v

let value o default = match o with Some v -> v | None -> default

let get o = match o with Some v -> v | None -> invalid_arg "option is None"

let bind o f = match o with None -> None | Some v -> f v

let join oo = match oo with Some o -> o | None -> None

let map f o = match o with None -> None | Some v -> Some (f v)

let fold none some o = match o with Some v -> some v | None -> none

let iter f o = match o with Some v -> f v | None -> ()

let is_none o = match o with None -> true | Some _ -> false

let is_some o = match o with None -> false | Some _ -> true

let equal eq o0 o1 =
  match o0, o1 with
  | Some v0, Some v1 -> eq v0 v1
  | None, None -> true
  | _, _ -> false

let compare cmp o0 o1 =
  match o0, o1 with
  | Some v0, Some v1 -> cmp v0 v1
  | None, None -> 0
  | None, Some _ -> -1
  | Some _, None -> 1

let to_result none o = match o with Some v -> Ok v | None -> Error none

let to_list o = match o with Some v -> [v] | None -> []

let to_seq o =
  match o with
  | None -> (fun () -> Seq.Nil)
  | Some v -> (fun () -> Seq.Cons (v, (fun () -> Seq.Nil)))
