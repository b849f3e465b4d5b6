(** Signed 64-bit integers, of type [int64].  Arithmetic is modular: results
    wrap around modulo 2{^64} instead of overflowing.  These values are boxed,
    so they are slower than [int]. *)
type t = int64
(** Another name for [int64]. *)
val zero : int64
(** The int64 value 0. *)
val one : int64
(** The int64 value 1. *)
val minus_one : int64
(** The int64 value -1. *)
val neg : int64 -> int64
(** Negation.  [neg min_int] is [min_int] itself, since the result wraps around. *)
val add : int64 -> int64 -> int64
(** Addition, wrapping around modulo 2{^64} on overflow. *)
val sub : int64 -> int64 -> int64
(** Subtraction, wrapping around modulo 2{^64} on overflow. *)
val mul : int64 -> int64 -> int64
(** Multiplication, wrapping around modulo 2{^64} on overflow. *)
val div : int64 -> int64 -> int64
(** Integer division, rounding the quotient towards zero.  Raises
    [Division_by_zero] when the divisor is zero; [div min_int minus_one]
    wraps around to [min_int]. *)
val unsigned_div : int64 -> int64 -> int64
(** Division that reads both arguments as unsigned integers.  Raises
    [Division_by_zero] when the divisor is zero. *)
val rem : int64 -> int64 -> int64
(** [rem x y] is the remainder of [div x y], with the sign of [x], so that
    [x = add (mul (div x y) y) (rem x y)].  Raises [Division_by_zero] when
    [y] is zero. *)
val unsigned_rem : int64 -> int64 -> int64
(** Remainder of [unsigned_div], both arguments read as unsigned
    integers.  Raises [Division_by_zero] when the divisor is zero. *)
val succ : int64 -> int64
(** Adds one (so [succ max_int] wraps around to [min_int]). *)
val pred : int64 -> int64
(** Subtracts one (so [pred min_int] wraps around to [max_int]). *)
val abs : int64 -> int64
(** Absolute value.  [abs min_int] is [min_int], which is negative. *)
val max_int : int64
(** The largest representable value, 2{^64-1} - 1. *)
val min_int : int64
(** The smallest representable value, -2{^64-1}. *)
val logand : int64 -> int64 -> int64
(** Bitwise and. *)
val logor : int64 -> int64 -> int64
(** Bitwise inclusive or. *)
val logxor : int64 -> int64 -> int64
(** Bitwise exclusive or. *)
val lognot : int64 -> int64
(** Bitwise complement. *)
val shift_left : int64 -> int -> int64
(** [shift_left x n] shifts the bits of [x] left by [n] places, filling
    with zeros.  The result is unspecified unless [0 <= n < 64]. *)
val shift_right : int64 -> int -> int64
(** [shift_right x n] shifts [x] right by [n] places, copying the sign
    bit into the vacated places (arithmetic shift).  The result is
    unspecified unless [0 <= n < 64]. *)
val shift_right_logical : int64 -> int -> int64
(** [shift_right_logical x n] shifts [x] right by [n] places, filling
    with zeros whatever the sign.  The result is unspecified unless
    [0 <= n < 64]. *)
val of_int : int -> int64
(** Converts a native [int] (which has 63 bits), exactly. *)
val to_int : int64 -> int
(** Converts to a native [int] (which has 63 bits): the top bit is lost,
    so large values come back changed. *)
val unsigned_to_int : int64 -> int option
(** Reads the argument as an unsigned integer and converts it to an
    [int], or gives [None] when it is too large for an [int]. *)
val of_float : float -> int64
(** Converts a float by dropping its fractional part (rounding towards
    zero).  The result is unspecified for NaN and for values outside the
    representable range. *)
val to_float : int64 -> float
(** The float nearest to the argument (exact unless the magnitude is
    above 2{^53}). *)
val of_int32 : int32 -> int64
(** Converts a 32-bit integer, exactly. *)
val to_int32 : int64 -> int32
(** Converts to a 32-bit integer, keeping only the low 32 bits
    (wrapping around). *)
val of_nativeint : nativeint -> int64
(** Converts a native integer, exactly on a 64-bit platform. *)
val to_nativeint : int64 -> nativeint
(** Converts to a native integer, exactly on a 64-bit platform. *)
val of_string : string -> int64
(** Parses an integer written in decimal or, after a [0x], [0o], [0b] or
    [0u] prefix, in hexadecimal, octal, binary or unsigned decimal; an
    optional sign may come first and underscores are allowed between
    digits.  The prefixed forms accept values up to 2{^64} - 1, read
    as unsigned.  Raises [Failure "Int64.of_string"] for malformed or
    out-of-range text. *)
val of_string_opt : string -> int64 option
(** Like [of_string], with [None] instead of raising [Failure]. *)
val to_string : int64 -> string
(** The decimal representation of the value, with a [-] sign when it is
    negative. *)
val bits_of_float : float -> int64
(** The 64 bits of the double-precision IEEE 754 encoding of the float. *)
val float_of_bits : int64 -> float
(** The float whose double-precision IEEE 754 encoding is the
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
val format : string -> int64 -> string
(** [format fmt n] prints [n] according to a printf-style format made
    of a single integer conversion, such as [%d], [%x] or [%08X].  Any
    other kind of format is not supported and its outcome is undefined. *)
