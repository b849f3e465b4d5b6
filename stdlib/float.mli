(** Floating-point numbers: OCaml 4.13's Float, without ArrayLabels (robur
   has no labels) and without the re-export `type fpclass = Stdlib.fpclass`
   (a Stdlib unit's interface cannot name Stdlib in robur): classify_float
   returns the Stdlib's fpclass, whose constructors are in scope anyway. *)
val neg : float -> float
(** Negation: [neg x] is [-. x]. *)
val add : float -> float -> float
(** Floating-point addition, as [( +. )]. *)
val sub : float -> float -> float
(** Floating-point subtraction, as [( -. )]. *)
val mul : float -> float -> float
(** Floating-point multiplication, as [( *. )]. *)
val div : float -> float -> float
(** Floating-point division, as [( /. )]; dividing by zero gives an
    infinity or [nan]. *)
val rem : float -> float -> float
(** [rem a b] is the remainder of [a] divided by [b], the quotient being
    rounded toward zero; the result has the sign of [a]. Same as
    [mod_float]. *)
val fma : float -> float -> float -> float
(** [fma x y z] computes [x *. y +. z] with a single rounding at the end,
    which is more precise than the two separate operations. *)
val abs : float -> float
(** Absolute value (the sign bit is cleared, so [abs (-0.)] is [0.]). *)
val zero : float
(** The float [0.]. *)
val one : float
(** The float [1.]. *)
val minus_one : float
(** The float [-1.]. *)
val infinity : float
(** Positive infinity. *)
val neg_infinity : float
(** Negative infinity. *)
val nan : float
(** Not a number. It is unequal to every float, itself included, by
    [( = )]; use [is_nan] to test for it. *)
val is_finite : float -> bool
(** [true] unless the argument is an infinity or [nan]. *)
val is_infinite : float -> bool
(** [true] exactly for [infinity] and [neg_infinity]. *)
val is_nan : float -> bool
(** [true] exactly when the argument is [nan]. *)
val pi : float
(** The float closest to the constant pi. *)
val max_float : float
(** The greatest finite float. *)
val min_float : float
(** The smallest positive normal float. *)
val epsilon : float
(** The difference between [1.0] and the next float above it. *)
val of_int : int -> float
(** The float nearest to an integer. *)
val to_int : float -> int
(** Drops the fractional part of a float, rounding toward zero. The result
    is unspecified for [nan], infinities and values outside the [int]
    range. *)
val of_string : string -> float
(** Reads a float written in decimal or hexadecimal, possibly with sign,
    exponent and underscores, or [nan], [inf] and [infinity]. Raises
    [Failure "float_of_string"] when the text is not a float. *)
val of_string_opt : string -> float option
(** Like [of_string] but gives [None] instead of raising. *)
val to_string : float -> string
(** Converts a float to text with 12 significant digits, adding a dot when
    the result would otherwise read as an integer (e.g. ["3."]). *)
val classify_float : float -> fpclass
(** Tells whether a float is normal, subnormal, zero, infinite or [nan]. *)
val pow : float -> float -> float
(** [pow x y] is [x] raised to the power [y], as [( ** )]. *)
val sqrt : float -> float
(** Square root; [nan] for negative arguments. *)
val cbrt : float -> float
(** Cube root; defined for negative arguments too. *)
val exp : float -> float
(** Exponential function, e to the power of the argument. *)
val exp2 : float -> float
(** Base-2 exponential: [exp2 x] is 2 to the power [x]. *)
val log : float -> float
(** Natural logarithm; [neg_infinity] at zero and [nan] for negative
    arguments. *)
val log10 : float -> float
(** Base-10 logarithm. *)
val log2 : float -> float
(** Base-2 logarithm. *)
val expm1 : float -> float
(** [expm1 x] is [exp x -. 1.], computed accurately even for [x] near [0.]. *)
val log1p : float -> float
(** [log1p x] is [log (1. +. x)], computed accurately even for [x] near
    [0.]. *)
val cos : float -> float
(** Cosine of an angle in radians. *)
val sin : float -> float
(** Sine of an angle in radians. *)
val tan : float -> float
(** Tangent of an angle in radians. *)
val acos : float -> float
(** Arc cosine, in [[0., pi]]; [nan] outside [[-1., 1.]]. *)
val asin : float -> float
(** Arc sine, in [[-. pi /. 2., pi /. 2.]]; [nan] outside [[-1., 1.]]. *)
val atan : float -> float
(** Arc tangent, in [[-. pi /. 2., pi /. 2.]]. *)
val atan2 : float -> float -> float
(** [atan2 y x] is the angle in radians, between [-. pi] and [pi], of the
    point [(x, y)]; the signs of both arguments select the quadrant. *)
val hypot : float -> float -> float
(** [hypot x y] is [sqrt (x *. x +. y *. y)] without intermediate overflow
    or underflow. It is [nan] when either argument is [nan], otherwise
    [infinity] when either is infinite. *)
val cosh : float -> float
(** Hyperbolic cosine. *)
val sinh : float -> float
(** Hyperbolic sine. *)
val tanh : float -> float
(** Hyperbolic tangent. *)
val acosh : float -> float
(** Inverse hyperbolic cosine; [nan] below [1.]. *)
val asinh : float -> float
(** Inverse hyperbolic sine. *)
val atanh : float -> float
(** Inverse hyperbolic tangent; [nan] outside [[-1., 1.]]. *)
val erf : float -> float
(** The error function, with values between [-1.] and [1.]. *)
val erfc : float -> float
(** The complementary error function, [1. -. erf x], accurate for large
    [x]. *)
val trunc : float -> float
(** Rounds toward zero to an integral float. *)
val round : float -> float
(** Rounds to the nearest integral float, halfway cases going away from
    zero ([round 2.5] is [3.], [round (-2.5)] is [-3.]). *)
val ceil : float -> float
(** Rounds up to the smallest integral float not below the argument. *)
val floor : float -> float
(** Rounds down to the largest integral float not above the argument. *)
val is_integer : float -> bool
(** [true] when the argument is a finite float with no fractional part. *)
val next_after : float -> float -> float
(** [next_after x y] is the float next to [x] in the direction of [y]; [x]
    itself when [x = y], and [nan] when either is [nan]. *)
val succ : float -> float
(** The smallest float greater than the argument ([next_after x infinity]). *)
val pred : float -> float
(** The greatest float less than the argument ([next_after x
    neg_infinity]). *)
val copy_sign : float -> float -> float
(** [copy_sign x y] is [x] with the sign of [y] (including the sign of
    [-0.] or of a [nan]). *)
val sign_bit : float -> bool
(** [true] when the sign bit of the float is set, as for negative numbers,
    [-0.] and some [nan]s. *)
val frexp : float -> float * int
(** [frexp f] is [(m, e)] with [f = m *. 2 ** e] and [0.5 <= abs m < 1.];
    [(0., 0)] for zero. *)
val ldexp : float -> int -> float
(** [ldexp x n] is [x] times 2 to the power [n]. *)
val modf : float -> float * float
(** [modf f] is the pair of the fractional part and the integral part of
    [f], each with the sign of [f]. *)
type t = float
(** An alias of [float]. *)
val compare : float -> float -> int
(** A total order on floats, suitable for sorting: like the polymorphic
    [compare], it considers [nan] equal to itself and smaller than any
    other float. *)
val equal : float -> float -> bool
(** Equality following [compare], so [equal nan nan] is [true] (unlike
    [( = )]). *)
val min : float -> float -> float
(** The smaller of two floats, [-0.] counting as smaller than [0.]. [nan]
    if either argument is [nan]. *)
val max : float -> float -> float
(** The greater of two floats, [0.] counting as greater than [-0.]. [nan]
    if either argument is [nan]. *)
val min_max : float -> float -> float * float
(** [min_max x y] is [(min x y, max x y)], computed at once; [(nan, nan)]
    if either argument is [nan]. *)
val min_num : float -> float -> float
(** Like [min], but a [nan] argument is ignored: the result is [nan] only
    when both are. *)
val max_num : float -> float -> float
(** Like [max], but a [nan] argument is ignored: the result is [nan] only
    when both are. *)
val min_max_num : float -> float -> float * float
(** Like [min_max], but ignoring a [nan] argument: with one [nan] the other
    value is returned twice. *)
val hash : float -> int
(** A hash of a float, consistent with [equal]. *)
module Array :
  sig
    type t = floatarray
    (** The type of float arrays. *)
    val length : t -> int
    (** The number of elements of the array. *)
    val get : t -> int -> float
    (** [get a i] is the element at index [i]. Raises [Invalid_argument
        "index out of bounds"] unless [0 <= i < length a]. *)
    val set : t -> int -> float -> unit
    (** [set a i x] stores [x] at index [i]. Raises [Invalid_argument
        "index out of bounds"] unless [0 <= i < length a]. *)
    val create : int -> t
    (** [create n] is a new array of length [n] with arbitrary contents.
        Raises [Invalid_argument "Float.Array.create"] when [n] is negative
        or too large. *)
    val unsafe_get : t -> int -> float
    (** Like [get] without the bounds check: an invalid index gives garbage
        or a crash. *)
    val unsafe_set : t -> int -> float -> unit
    (** Like [set] without the bounds check: an invalid index corrupts
        memory. *)
    val make : int -> float -> t
    (** [make n x] is a new array of length [n] filled with [x]. Raises
        [Invalid_argument "Float.Array.create"] when [n] is negative or too
        large. *)
    val init : int -> (int -> float) -> t
    (** [init n f] is the array [f 0; ...; f (n - 1)], calling [f] in
        increasing order of index. Raises [Invalid_argument
        "Float.Array.init"] when [n] is negative. *)
    val append : t -> t -> t
    (** A new array holding the elements of the first array followed by
        those of the second. *)
    val concat : t list -> t
    (** A new array holding the elements of all the arrays of the list, in
        order. Raises [Invalid_argument "Float.Array.concat"] if the total
        length overflows. *)
    val sub : t -> int -> int -> t
    (** [sub a pos len] is a new array of the [len] elements of [a]
        starting at [pos]. Raises [Invalid_argument "Float.Array.sub"] when
        they are not a valid range of [a]. *)
    val copy : t -> t
    (** A fresh copy of the array. *)
    val fill : t -> int -> int -> float -> unit
    (** [fill a pos len x] stores [x] in the [len] elements of [a] starting
        at [pos]. Raises [Invalid_argument "Float.Array.fill"] when they
        are not a valid range of [a]. *)
    val blit : t -> int -> t -> int -> int -> unit
    (** [blit src spos dst dpos len] copies [len] elements from [src] at
        [spos] to [dst] at [dpos], correctly even when the two ranges
        overlap in the same array. Raises [Invalid_argument
        "Float.array.blit"] (with a lowercase [a], as in OCaml) when either
        range is invalid. *)
    val to_list : t -> float list
    (** The list of the elements of the array, in order. *)
    val of_list : float list -> t
    (** A new array holding the elements of the list, in order. *)
    val iter : (float -> 'a) -> t -> unit
    (** [iter f a] calls [f] on each element of [a], from first to last. *)
    val iter2 : (float -> float -> 'a) -> t -> t -> unit
    (** [iter2 f a b] calls [f] on the elements of [a] and [b] at each
        index, in order. Raises [Invalid_argument
        "Float.Array.iter2: arrays must have the same length"] when the
        lengths differ. *)
    val map : (float -> float) -> t -> t
    (** [map f a] is a new array of the results of [f] on each element of
        [a]. *)
    val map2 : (float -> float -> float) -> t -> t -> t
    (** [map2 f a b] is a new array of [f] applied to the elements of
        [a] and [b] at each index. Raises [Invalid_argument
        "Float.Array.map2: arrays must have the same length"] when the
        lengths differ. *)
    val iteri : (int -> float -> 'a) -> t -> unit
    (** Like [iter], but [f] also receives the index of the element. *)
    val mapi : (int -> float -> float) -> t -> t
    (** Like [map], but [f] also receives the index of the element. *)
    val fold_left : ('a -> float -> 'a) -> 'a -> t -> 'a
    (** [fold_left f init a] combines the elements of [a] from the first to
        the last: [f (... (f init a0) ...) an]. *)
    val fold_right : (float -> 'a -> 'a) -> t -> 'a -> 'a
    (** [fold_right f a init] combines the elements of [a] from the last to
        the first: [f a0 (... (f an init) ...)]. *)
    val exists : (float -> bool) -> t -> bool
    (** [true] when at least one element satisfies the predicate; stops at
        the first one found. *)
    val for_all : (float -> bool) -> t -> bool
    (** [true] when every element satisfies the predicate; stops at the
        first one that does not. *)
    val mem : float -> t -> bool
    (** [mem x a] tells whether an element of [a] equals [x] by [compare],
        so [mem nan a] finds a [nan]. *)
    val mem_ieee : float -> t -> bool
    (** Like [mem] but uses IEEE equality [( = )], so [nan] is never found. *)
    val sort : (float -> float -> int) -> t -> unit
    (** Sorts the array in place, in increasing order by the comparison
        function (a heap sort: not stable, constant extra space). *)
    val stable_sort : (float -> float -> int) -> t -> unit
    (** Sorts the array in place, keeping equal elements in their original
        order (a merge sort using a temporary array of half the length). *)
    val fast_sort : (float -> float -> int) -> t -> unit
    (** Same as [stable_sort]. *)
    val to_seq : t -> float Seq.t
    (** A sequence of the elements, in order, read lazily (changes to the
        array made before an element is reached are seen). *)
    val to_seqi : t -> (int * float) Seq.t
    (** Like [to_seq] but each element comes with its index. *)
    val of_seq : float Seq.t -> t
    (** A new array holding the elements of the (finite) sequence, in
        order. *)
    val map_to_array : (float -> 'a) -> t -> 'a array
    (** [map_to_array f a] is an ordinary array of the results of [f] on
        each element of [a]. *)
    val map_from_array : ('a -> float) -> 'a array -> t
    (** [map_from_array f a] is a float array of the results of [f] on each
        element of the ordinary array [a]. *)
  end
(** Arrays of unboxed floats ([floatarray]), stored compactly. *)
