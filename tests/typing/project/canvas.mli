(* A character canvas; the pixel store is abstract. *)
type t

val create : int -> int -> t
val width : t -> int
val height : t -> int
val set : t -> int -> int -> char -> unit
val get : t -> int -> int -> char
val fill : t -> char -> unit
val to_lines : t -> string list
