(** Signed integers as wide as a machine word (64 bits here), of type
    [nativeint].  Arithmetic is modular: results wrap around instead of
    overflowing.  These values are boxed, so they are slower than [int]. *)
type t = nativeint
(** Another name for [nativeint]. *)
val zero : nativeint
(** The nativeint value 0. *)
val one : nativeint
(** The nativeint value 1. *)
val minus_one : nativeint
(** The nativeint value -1. *)
val neg : nativeint -> nativeint
(** Negation.  [neg min_int] is [min_int] itself, since the result wraps around. *)
val add : nativeint -> nativeint -> nativeint
(** Addition, wrapping around modulo 2{^size} on overflow. *)
val sub : nativeint -> nativeint -> nativeint
(** Subtraction, wrapping around modulo 2{^size} on overflow. *)
val mul : nativeint -> nativeint -> nativeint
(** Multiplication, wrapping around modulo 2{^size} on overflow. *)
val div : nativeint -> nativeint -> nativeint
(** Integer division, rounding the quotient towards zero.  Raises
    [Division_by_zero] when the divisor is zero; [div min_int minus_one]
    wraps around to [min_int]. *)
val unsigned_div : nativeint -> nativeint -> nativeint
(** Division that reads both arguments as unsigned integers.  Raises
    [Division_by_zero] when the divisor is zero. *)
val rem : nativeint -> nativeint -> nativeint
(** [rem x y] is the remainder of [div x y], with the sign of [x], so that
    [x = add (mul (div x y) y) (rem x y)].  Raises [Division_by_zero] when
    [y] is zero. *)
val unsigned_rem : nativeint -> nativeint -> nativeint
(** Remainder of [unsigned_div], both arguments read as unsigned
    integers.  Raises [Division_by_zero] when the divisor is zero. *)
val succ : nativeint -> nativeint
(** Adds one (so [succ max_int] wraps around to [min_int]). *)
val pred : nativeint -> nativeint
(** Subtracts one (so [pred min_int] wraps around to [max_int]). *)
val abs : nativeint -> nativeint
(** Absolute value.  [abs min_int] is [min_int], which is negative. *)
val size : int
(** The number of bits of a [nativeint]: the machine word size, 64 here. *)
val max_int : nativeint
(** The largest representable value. *)
val min_int : nativeint
(** The smallest representable value. *)
val logand : nativeint -> nativeint -> nativeint
(** Bitwise and. *)
val logor : nativeint -> nativeint -> nativeint
(** Bitwise inclusive or. *)
val logxor : nativeint -> nativeint -> nativeint
(** Bitwise exclusive or. *)
val lognot : nativeint -> nativeint
(** Bitwise complement. *)
val shift_left : nativeint -> int -> nativeint
(** [shift_left x n] shifts the bits of [x] left by [n] places, filling
    with zeros.  The result is unspecified unless [0 <= n < size]. *)
val shift_right : nativeint -> int -> nativeint
(** [shift_right x n] shifts [x] right by [n] places, copying the sign
    bit into the vacated places (arithmetic shift).  The result is
    unspecified unless [0 <= n < size]. *)
val shift_right_logical : nativeint -> int -> nativeint
(** [shift_right_logical x n] shifts [x] right by [n] places, filling
    with zeros whatever the sign.  The result is unspecified unless
    [0 <= n < size]. *)
val of_int : int -> nativeint
(** Converts a native [int], exactly. *)
val to_int : nativeint -> int
(** Converts to a native [int] (which has 63 bits): the top bit is lost,
    so large values come back changed. *)
val unsigned_to_int : nativeint -> int option
(** Reads the argument as an unsigned integer and converts it to an
    [int], or gives [None] when it is too large for an [int]. *)
val of_float : float -> nativeint
(** Converts a float by dropping its fractional part (rounding towards
    zero).  The result is unspecified for NaN and for values outside the
    representable range. *)
val to_float : nativeint -> float
(** The float nearest to the argument (exact unless the magnitude is
    above 2{^53}). *)
val of_int32 : int32 -> nativeint
(** Converts a 32-bit integer, exactly. *)
val to_int32 : nativeint -> int32
(** Converts to a 32-bit integer, keeping only the low 32 bits
    (wrapping around). *)
val of_string : string -> nativeint
(** Parses an integer written in decimal or, after a [0x], [0o], [0b] or
    [0u] prefix, in hexadecimal, octal, binary or unsigned decimal; an
    optional sign may come first and underscores are allowed between
    digits.  The prefixed forms accept values up to 2{^size} - 1, read
    as unsigned.  Raises [Failure "Nativeint.of_string"] for malformed or
    out-of-range text. *)
val of_string_opt : string -> nativeint option
(** Like [of_string], with [None] instead of raising [Failure]. *)
val to_string : nativeint -> string
(** The decimal representation of the value, with a [-] sign when it is
    negative. *)
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
val format : string -> nativeint -> string
(** [format fmt n] prints [n] according to a printf-style format made
    of a single integer conversion, such as [%d], [%x] or [%08X].  Any
    other kind of format is not supported and its outcome is undefined. *)
