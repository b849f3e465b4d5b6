(* Character operations. *)
external code : char -> int = "%identity"
val chr : int -> char
val unsafe_chr : int -> char
val escaped : char -> string
val lowercase_ascii : char -> char
val uppercase_ascii : char -> char
type t = char
val compare : t -> t -> int
val equal : t -> t -> bool
