(* Deferred computations. *)
type 'a t = 'a lazy_t
exception Undefined
external force : 'a t -> 'a = "%lazy_force"
val force_val : 'a t -> 'a
val from_fun : (unit -> 'a) -> 'a t
val from_val : 'a -> 'a t
val is_val : 'a t -> bool
val map : ('a -> 'b) -> 'a t -> 'b t
val map_val : ('a -> 'b) -> 'a t -> 'b t
