(** Operations on the boolean values [false] and [true]. *)
type t = bool = false | true
(** The boolean type, with its two constructors. *)
val not : bool -> bool
(** Logical negation. *)
external ( && ) : bool -> bool -> bool = "%sequand"
(** Logical and.  The right operand is evaluated only when the left one is
    [true]. *)
external ( || ) : bool -> bool -> bool = "%sequor"
(** Logical or.  The right operand is evaluated only when the left one is
    [false]. *)
val equal : bool -> bool -> bool
(** Tells whether two booleans are the same. *)
val compare : bool -> bool -> int
(** Orders booleans with [false] before [true]: negative, zero or
    positive. *)
val to_int : bool -> int
(** [0] for [false], [1] for [true]. *)
val to_float : bool -> float
(** [0.] for [false], [1.] for [true]. *)
val to_string : bool -> string
(** The text [false] or [true]. *)
