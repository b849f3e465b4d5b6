(* Floating-point numbers: OCaml 4.13's Float, without ArrayLabels (robur
   has no labels) and without the re-export `type fpclass = Stdlib.fpclass`
   (a Stdlib unit's interface cannot name Stdlib in robur): classify_float
   returns the Stdlib's fpclass, whose constructors are in scope anyway. *)
val neg : float -> float
val add : float -> float -> float
val sub : float -> float -> float
val mul : float -> float -> float
val div : float -> float -> float
val rem : float -> float -> float
val fma : float -> float -> float -> float
val abs : float -> float
val zero : float
val one : float
val minus_one : float
val infinity : float
val neg_infinity : float
val nan : float
val is_finite : float -> bool
val is_infinite : float -> bool
val is_nan : float -> bool
val pi : float
val max_float : float
val min_float : float
val epsilon : float
val of_int : int -> float
val to_int : float -> int
val of_string : string -> float
val of_string_opt : string -> float option
val to_string : float -> string
val classify_float : float -> fpclass
val pow : float -> float -> float
val sqrt : float -> float
val cbrt : float -> float
val exp : float -> float
val exp2 : float -> float
val log : float -> float
val log10 : float -> float
val log2 : float -> float
val expm1 : float -> float
val log1p : float -> float
val cos : float -> float
val sin : float -> float
val tan : float -> float
val acos : float -> float
val asin : float -> float
val atan : float -> float
val atan2 : float -> float -> float
val hypot : float -> float -> float
val cosh : float -> float
val sinh : float -> float
val tanh : float -> float
val acosh : float -> float
val asinh : float -> float
val atanh : float -> float
val erf : float -> float
val erfc : float -> float
val trunc : float -> float
val round : float -> float
val ceil : float -> float
val floor : float -> float
val is_integer : float -> bool
val next_after : float -> float -> float
val succ : float -> float
val pred : float -> float
val copy_sign : float -> float -> float
val sign_bit : float -> bool
val frexp : float -> float * int
val ldexp : float -> int -> float
val modf : float -> float * float
type t = float
val compare : float -> float -> int
val equal : float -> float -> bool
val min : float -> float -> float
val max : float -> float -> float
val min_max : float -> float -> float * float
val min_num : float -> float -> float
val max_num : float -> float -> float
val min_max_num : float -> float -> float * float
val hash : float -> int
module Array :
  sig
    type t = floatarray
    val length : t -> int
    val get : t -> int -> float
    val set : t -> int -> float -> unit
    val create : int -> t
    val unsafe_get : t -> int -> float
    val unsafe_set : t -> int -> float -> unit
    val make : int -> float -> t
    val init : int -> (int -> float) -> t
    val append : t -> t -> t
    val concat : t list -> t
    val sub : t -> int -> int -> t
    val copy : t -> t
    val fill : t -> int -> int -> float -> unit
    val blit : t -> int -> t -> int -> int -> unit
    val to_list : t -> float list
    val of_list : float list -> t
    val iter : (float -> 'a) -> t -> unit
    val iter2 : (float -> float -> 'a) -> t -> t -> unit
    val map : (float -> float) -> t -> t
    val map2 : (float -> float -> float) -> t -> t -> t
    val iteri : (int -> float -> 'a) -> t -> unit
    val mapi : (int -> float -> float) -> t -> t
    val fold_left : ('a -> float -> 'a) -> 'a -> t -> 'a
    val fold_right : (float -> 'a -> 'a) -> t -> 'a -> 'a
    val exists : (float -> bool) -> t -> bool
    val for_all : (float -> bool) -> t -> bool
    val mem : float -> t -> bool
    val mem_ieee : float -> t -> bool
    val sort : (float -> float -> int) -> t -> unit
    val stable_sort : (float -> float -> int) -> t -> unit
    val fast_sort : (float -> float -> int) -> t -> unit
    val to_seq : t -> float Seq.t
    val to_seqi : t -> (int * float) Seq.t
    val of_seq : float Seq.t -> t
    val map_to_array : (float -> 'a) -> t -> 'a array
    val map_from_array : ('a -> float) -> 'a array -> t
  end
