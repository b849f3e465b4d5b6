(* Floating-point numbers. *)
type t = float
val zero : float
val one : float
val minus_one : float
external neg : float -> float = "%negfloat"
external add : float -> float -> float = "%addfloat"
external sub : float -> float -> float = "%subfloat"
external mul : float -> float -> float = "%mulfloat"
external div : float -> float -> float = "%divfloat"
external rem : float -> float -> float = "caml_fmod_float" "fmod"
external abs : float -> float = "%absfloat"
val infinity : float
val neg_infinity : float
val nan : float
val pi : float
val max_float : float
val min_float : float
val epsilon : float
val is_finite : float -> bool
val is_infinite : float -> bool
val is_nan : float -> bool
val is_integer : float -> bool
external of_int : int -> float = "%floatofint"
external to_int : float -> int = "%intoffloat"
external of_string : string -> float = "caml_float_of_string"
val of_string_opt : string -> float option
val to_string : float -> string
external sqrt : float -> float = "caml_sqrt_float" "sqrt"
external exp : float -> float = "caml_exp_float" "exp"
external log : float -> float = "caml_log_float" "log"
external pow : float -> float -> float = "caml_power_float" "pow"
external round : float -> float = "caml_round_float" "caml_round"
external trunc : float -> float = "caml_trunc_float" "caml_trunc"
external ceil : float -> float = "caml_ceil_float" "ceil"
external floor : float -> float = "caml_floor_float" "floor"
external cos : float -> float = "caml_cos_float" "cos"
external sin : float -> float = "caml_sin_float" "sin"
external tan : float -> float = "caml_tan_float" "tan"
external atan2 : float -> float -> float = "caml_atan2_float" "atan2"
val compare : t -> t -> int
val equal : t -> t -> bool
val min : t -> t -> t
val max : t -> t -> t
