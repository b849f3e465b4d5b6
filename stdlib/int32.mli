(** Signed 32-bit integers, of type [int32].  Arithmetic is modular: results
    wrap around modulo 2{^32} instead of overflowing.  These values are boxed,
    so they are slower than [int]. *)
type t = int32
(** Another name for [int32]. *)
val zero : int32
(** The int32 value 0. *)
val one : int32
(** The int32 value 1. *)
val minus_one : int32
(** The int32 value -1. *)
val neg : int32 -> int32
(** Negation.  [neg min_int] is [min_int] itself, since the result wraps around. *)
val add : int32 -> int32 -> int32
(** Addition, wrapping around modulo 2{^32} on overflow. *)
val sub : int32 -> int32 -> int32
(** Subtraction, wrapping around modulo 2{^32} on overflow. *)
val mul : int32 -> int32 -> int32
(** Multiplication, wrapping around modulo 2{^32} on overflow. *)
val div : int32 -> int32 -> int32
(** Integer division, rounding the quotient towards zero.  Raises
    [Division_by_zero] when the divisor is zero; [div min_int minus_one]
    wraps around to [min_int]. *)
val unsigned_div : int32 -> int32 -> int32
(** Division that reads both arguments as unsigned integers.  Raises
    [Division_by_zero] when the divisor is zero. *)
val rem : int32 -> int32 -> int32
(** [rem x y] is the remainder of [div x y], with the sign of [x], so that
    [x = add (mul (div x y) y) (rem x y)].  Raises [Division_by_zero] when
    [y] is zero. *)
val unsigned_rem : int32 -> int32 -> int32
(** Remainder of [unsigned_div], both arguments read as unsigned
    integers.  Raises [Division_by_zero] when the divisor is zero. *)
val succ : int32 -> int32
(** Adds one (so [succ max_int] wraps around to [min_int]). *)
val pred : int32 -> int32
(** Subtracts one (so [pred min_int] wraps around to [max_int]). *)
val abs : int32 -> int32
(** Absolute value.  [abs min_int] is [min_int], which is negative. *)
val max_int : int32
(** The largest representable value, 2{^32-1} - 1. *)
val min_int : int32
(** The smallest representable value, -2{^32-1}. *)
val logand : int32 -> int32 -> int32
(** Bitwise and. *)
val logor : int32 -> int32 -> int32
(** Bitwise inclusive or. *)
val logxor : int32 -> int32 -> int32
(** Bitwise exclusive or. *)
val lognot : int32 -> int32
(** Bitwise complement. *)
val shift_left : int32 -> int -> int32
(** [shift_left x n] shifts the bits of [x] left by [n] places, filling
    with zeros.  The result is unspecified unless [0 <= n < 32]. *)
val shift_right : int32 -> int -> int32
(** [shift_right x n] shifts [x] right by [n] places, copying the sign
    bit into the vacated places (arithmetic shift).  The result is
    unspecified unless [0 <= n < 32]. *)
val shift_right_logical : int32 -> int -> int32
(** [shift_right_logical x n] shifts [x] right by [n] places, filling
    with zeros whatever the sign.  The result is unspecified unless
    [0 <= n < 32]. *)
val of_int : int -> int32
(** Converts a native [int]; with 64-bit words this keeps only the low
    32 bits of the argument. *)
val to_int : int32 -> int
(** Converts to a native [int], exactly on a 64-bit platform. *)
val unsigned_to_int : int32 -> int option
(** Reads the argument as an unsigned integer and converts it to an
    [int]; with 64-bit words this always succeeds. *)
val of_float : float -> int32
(** Converts a float by dropping its fractional part (rounding towards
    zero).  The result is unspecified for NaN and for values outside the
    representable range. *)
val to_float : int32 -> float
(** Converts to a float, exactly. *)
val of_string : string -> int32
(** Parses an integer written in decimal or, after a [0x], [0o], [0b] or
    [0u] prefix, in hexadecimal, octal, binary or unsigned decimal; an
    optional sign may come first and underscores are allowed between
    digits.  The prefixed forms accept values up to 2{^32} - 1, read
    as unsigned.  Raises [Failure "Int32.of_string"] for malformed or
    out-of-range text. *)
val of_string_opt : string -> int32 option
(** Like [of_string], with [None] instead of raising [Failure]. *)
val to_string : int32 -> string
(** The decimal representation of the value, with a [-] sign when it is
    negative. *)
val bits_of_float : float -> int32
(** The 32 bits of the single-precision IEEE 754 encoding of the float
    (rounded to single precision first). *)
val float_of_bits : int32 -> float
(** The float whose single-precision IEEE 754 encoding is the
    argument; the inverse of [bits_of_float]. *)
val compare : t -> t -> int
(** The usual signed order: negative, zero or positive. *)
val unsigned_compare : t -> t -> int
(** Like [compare], but reads both arguments as unsigned integers
    (negative values then count as larger than every non-negative one). *)
val equal : t -> t -> bool
(** Equality of two values. *)
val min : t -> t -> t
(** The smaller of two values. *)
val max : t -> t -> t
(** The larger of two values. *)
val format : string -> int32 -> string
(** [format fmt n] prints [n] according to a printf-style format made
    of a single integer conversion, such as [%d], [%x] or [%08X].  Any
    other kind of format is not supported and its outcome is undefined. *)
