(** Operations on the native integer type [int], which has 63 bits on a
    64-bit platform.  Arithmetic is modular: results wrap around modulo
    2{^63} instead of overflowing. *)
type t = int
(** Another name for [int]. *)
val zero : int
(** The integer 0. *)
val one : int
(** The integer 1. *)
val minus_one : int
(** The integer -1. *)
external neg : int -> int = "%negint"
(** Negation, [~- x].  [neg min_int] is [min_int] itself. *)
external add : int -> int -> int = "%addint"
(** Addition, the operator [+]; wraps around on overflow. *)
external sub : int -> int -> int = "%subint"
(** Subtraction, the operator [-]; wraps around on overflow. *)
external mul : int -> int -> int = "%mulint"
(** Multiplication, the operator [*]; wraps around on overflow. *)
external div : int -> int -> int = "%divint"
(** Integer division, the operator [/], rounding towards zero.  Raises
    [Division_by_zero] when the divisor is 0; [div min_int (-1)] wraps
    around to [min_int]. *)
external rem : int -> int -> int = "%modint"
(** The remainder of [div], the operator [mod]: it has the sign of the
    dividend.  Raises [Division_by_zero] when the divisor is 0. *)
external succ : int -> int = "%succint"
(** Adds one; [succ max_int] wraps around to [min_int]. *)
external pred : int -> int = "%predint"
(** Subtracts one; [pred min_int] wraps around to [max_int]. *)
val abs : int -> int
(** Absolute value.  [abs min_int] is [min_int], which is negative. *)
val max_int : int
(** The largest [int], 2{^62} - 1 on a 64-bit platform. *)
val min_int : int
(** The smallest [int], -2{^62} on a 64-bit platform. *)
external logand : int -> int -> int = "%andint"
(** Bitwise and, the operator [land]. *)
external logor : int -> int -> int = "%orint"
(** Bitwise inclusive or, the operator [lor]. *)
external logxor : int -> int -> int = "%xorint"
(** Bitwise exclusive or, the operator [lxor]. *)
val lognot : int -> int
(** Bitwise complement, [lnot]. *)
external shift_left : int -> int -> int = "%lslint"
(** [shift_left x n] moves the bits of [x] [n] places to the left (the
    operator [lsl]).  The result is unspecified unless
    [0 <= n < Sys.int_size]. *)
external shift_right : int -> int -> int = "%asrint"
(** Arithmetic right shift, [asr]: the sign bit is copied into the vacated
    places.  The result is unspecified unless [0 <= n < Sys.int_size]. *)
external shift_right_logical : int -> int -> int = "%lsrint"
(** Logical right shift, [lsr]: the vacated places are filled with zeros.
    The result is unspecified unless [0 <= n < Sys.int_size]. *)
val equal : int -> int -> bool
(** Equality of two integers. *)
val compare : int -> int -> int
(** The usual order on integers: negative, zero or positive. *)
val min : int -> int -> int
(** The smaller of two integers. *)
val max : int -> int -> int
(** The larger of two integers. *)
external to_float : int -> float = "%floatofint"
(** The float equal to the integer, rounded when its magnitude exceeds
    2{^53}. *)
external of_float : float -> int = "%intoffloat"
(** Drops the fractional part of a float (rounding towards zero).  The
    result is unspecified for NaN, infinities and out-of-range values. *)
val to_string : int -> string
(** The decimal representation, with a [-] sign for negative numbers. *)
