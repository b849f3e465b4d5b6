(* Deferred computations (OCaml 4.13's lazy.ml and camlinternalLazy.ml).

   A suspension is a block tagged Lazy_tag (246) whose field 0 is a closure
   of unit; forcing it overwrites the block with the value and retags it
   Forward_tag (250) (caml_obj_make_forward).  While it runs, field 0 holds
   a closure raising Undefined, so that a suspension forcing itself raises
   Undefined.  A value that is not a block of these tags is its own
   (already forced) suspension. *)

type 'a t = 'a lazy_t

exception Undefined

(* OCaml's Lazy.Undefined is CamlinternalLazy.Undefined, and Printexc and the
   runtime print it under that name: a constant exception is its slot, whose
   field 0 is the name. *)
external set_exn_name : exn -> string -> unit = "%setfield0"
let () = set_exn_name Undefined "CamlinternalLazy.Undefined"

external obj_tag : 'a -> int = "caml_obj_tag"
external obj_block : int -> int -> 'a = "caml_obj_block"
external field0 : 'a -> 'b = "%field0"
external set_field0 : 'a -> 'b -> unit = "%setfield0"
external magic : 'a -> 'b = "%identity"
external make_forward_block : 'a -> 'a lazy_t = "caml_lazy_make_forward"
external make_forward : 'a -> 'b -> unit = "caml_obj_make_forward"

let lazy_tag = 246
let forward_tag = 250
let double_tag = 253

let raise_undefined () = raise Undefined

(* Lazy.force, as CamlinternalLazy.force: a function here rather than the
   compiler's inline %lazy_force, because robur's inline version does not
   put raise_undefined in the block while the closure runs (a suspension
   forcing itself would overflow the stack instead of raising Undefined). *)
let force_lazy_block (blk : 'a t) : 'a =
  let closure : unit -> 'a = field0 blk in
  set_field0 blk raise_undefined;
  try
    let result = closure () in
    make_forward blk result;
    result
  with e ->
    set_field0 blk (fun () -> raise e);
    raise e

let force (l : 'a t) : 'a =
  let t = obj_tag l in
  if t = forward_tag then field0 l
  else if t <> lazy_tag then magic l
  else force_lazy_block l

(* Lazy.force_val: like force, but an exception leaves the suspension
   raising Undefined when forced again. *)
let force_val_lazy_block (blk : 'a t) : 'a =
  let closure : unit -> 'a = field0 blk in
  set_field0 blk raise_undefined;
  let result = closure () in
  make_forward blk result;
  result

let force_val (l : 'a t) : 'a =
  let t = obj_tag l in
  if t = forward_tag then field0 l
  else if t <> lazy_tag then magic l
  else force_val_lazy_block l

let from_fun (f : unit -> 'a) : 'a t =
  let x = obj_block lazy_tag 1 in
  set_field0 x f;
  magic x

let from_val (v : 'a) : 'a t =
  let t = obj_tag v in
  if t = forward_tag || t = lazy_tag || t = double_tag then make_forward_block v
  else magic v

let is_val (l : 'a t) = obj_tag l <> lazy_tag

let map f x = lazy (f (force x))

let map_val f x =
  if is_val x then from_val (f (force x))
  else lazy (f (force x))

let lazy_from_fun = from_fun
let lazy_from_val = from_val
let lazy_is_val = is_val
