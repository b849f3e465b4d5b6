(** Values that are one of two alternatives: [Left a] or [Right b].
    Unlike [result], neither side is meant as a failure. *)
type ('a, 'b) t = Left of 'a | Right of 'b
(** The two-way choice type, with its two constructors. *)
val left : 'a -> ('a, 'b) t
(** [left v] is [Left v], as a function. *)
val right : 'b -> ('a, 'b) t
(** [right v] is [Right v], as a function. *)
val is_left : ('a, 'b) t -> bool
(** Tells whether the value is a [Left]. *)
val is_right : ('a, 'b) t -> bool
(** Tells whether the value is a [Right]. *)
val find_left : ('a, 'b) t -> 'a option
(** [Some v] for [Left v], [None] for a [Right]. *)
val find_right : ('a, 'b) t -> 'b option
(** [Some v] for [Right v], [None] for a [Left]. *)
val map_left : ('a1 -> 'a2) -> ('a1, 'b) t -> ('a2, 'b) t
(** Transforms the payload of a [Left]; a [Right] is kept. *)
val map_right : ('b1 -> 'b2) -> ('a, 'b1) t -> ('a, 'b2) t
(** Transforms the payload of a [Right]; a [Left] is kept. *)
val fold : ('a -> 'c) -> ('b -> 'c) -> ('a, 'b) t -> 'c
(** [fold left right e] applies [left] to the payload of a [Left] and
    [right] to the payload of a [Right]. *)
