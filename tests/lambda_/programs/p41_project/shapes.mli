type t
exception Invalid of string
val make_square : int -> t
val area : t -> int
val name : string
