(* Deferred computations. *)
type 'a t = 'a lazy_t
exception Undefined
val force : 'a t -> 'a  (* OCaml: external "%lazy_force"; see lazy.ml *)
val force_val : 'a t -> 'a
val from_fun : (unit -> 'a) -> 'a t
val from_val : 'a -> 'a t
val is_val : 'a t -> bool
val map : ('a -> 'b) -> 'a t -> 'b t
val map_val : ('a -> 'b) -> 'a t -> 'b t
val lazy_from_fun : (unit -> 'a) -> 'a t
val lazy_from_val : 'a -> 'a t
val lazy_is_val : 'a t -> bool
