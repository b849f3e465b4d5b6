(* Two-dimensional vectors. *)
type t = { x : float; y : float }

val zero : t
val make : float -> float -> t
val add : t -> t -> t
val sub : t -> t -> t
val scale : float -> t -> t
val dot : t -> t -> float
val norm : t -> float
val normalize : t -> t
val dist : t -> t -> float
val to_string : t -> string
