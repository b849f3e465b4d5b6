(** The initially opened module: robur's interface of OCaml 4.13's Stdlib
   pervasives.  Other modules (List, Array, ...) live in their own .mli files
   and are made available as Stdlib.List, Stdlib.Array, ... by the checker. *)

(* Exceptions *)
external raise : exn -> 'a = "%raise"
(** Raises the given exception, unwinding the stack to the nearest handler
    that matches it. *)
external raise_notrace : exn -> 'a = "%raise_notrace"
(** Like [raise], but does not record a backtrace; cheaper when
    the exception is used for control flow. *)
val invalid_arg : string -> 'a
(** [invalid_arg msg] raises [Invalid_argument msg]. Used to signal that a
    function was called with an argument outside its domain. *)
val failwith : string -> 'a
(** [failwith msg] raises [Failure msg]. Used to signal that an operation
    could not be carried out. *)
exception Exit
(** An exception with no payload that the standard library never raises
    itself; handy to leave a loop or an iteration early. *)

(* Comparisons *)
external ( = ) : 'a -> 'a -> bool = "%equal"
(** Structural equality: [a = b] compares the contents of the two values,
    recursively. Raises [Invalid_argument "compare: functional value"] when
    it meets closures, and may not terminate on cyclic values. [nan = nan]
    is [false]. *)
external ( <> ) : 'a -> 'a -> bool = "%notequal"
(** Structural inequality, the negation of [( = )]; raises the same
    exceptions. *)
external ( < ) : 'a -> 'a -> bool = "%lessthan"
(** Structural less-than, with the ordering of [compare] except that any
    comparison involving [nan] is [false]. Raises [Invalid_argument
    "compare: functional value"] on closures. *)
external ( > ) : 'a -> 'a -> bool = "%greaterthan"
(** Structural greater-than; see [( < )] for [nan] and closures. *)
external ( <= ) : 'a -> 'a -> bool = "%lessequal"
(** Structural less-than-or-equal; see [( < )] for [nan] and closures. *)
external ( >= ) : 'a -> 'a -> bool = "%greaterequal"
(** Structural greater-than-or-equal; see [( < )] for [nan] and closures. *)
external compare : 'a -> 'a -> int = "%compare"
(** [compare a b] is negative, zero or positive as [a] is smaller than,
    equal to or greater than [b], in a total order on values of the
    same type. Unlike [( = )], it treats [nan] as equal to itself and
    smaller than every other float. Raises [Invalid_argument
    "compare: functional value"] on closures. *)
val min : 'a -> 'a -> 'a
(** The smaller of the two arguments, by [( <= )]; the first when they are
    equal. The result is unspecified when an argument is [nan]. *)
val max : 'a -> 'a -> 'a
(** The greater of the two arguments, by [( >= )]; the first when they are
    equal. The result is unspecified when an argument is [nan]. *)
external ( == ) : 'a -> 'a -> bool = "%eq"
(** Physical equality: [a == b] is [true] when both are the very same value
    in memory. On mutable values it means that changing one changes the
    other; on immutable ones its result depends on the implementation. *)
external ( != ) : 'a -> 'a -> bool = "%noteq"
(** Physical inequality, the negation of [( == )]. *)

(* Boolean operations *)
external not : bool -> bool = "%boolnot"
(** Boolean negation. *)
external ( && ) : bool -> bool -> bool = "%sequand"
(** Boolean and, evaluated left to right: the right operand is not
    evaluated when the left one is [false]. *)
external ( & ) : bool -> bool -> bool = "%sequand"
  [@@ocaml.deprecated "Use (&&) instead."]
(** Deprecated synonym of [( && )]. *)
external ( || ) : bool -> bool -> bool = "%sequor"
(** Boolean or, evaluated left to right: the right operand is not evaluated
    when the left one is [true]. *)
external ( or ) : bool -> bool -> bool = "%sequor"
  [@@ocaml.deprecated "Use (||) instead."]
(** Deprecated synonym of [( || )]. *)

(* Debugging *)
external __LOC__ : string = "%loc_LOC"
(** The location where this identifier appears, as a string in the
    compiler's [File "name", line l, characters c1-c2] style. *)
external __FILE__ : string = "%loc_FILE"
(** The name of the source file in which this identifier appears. *)
external __LINE__ : int = "%loc_LINE"
(** The line number at which this identifier appears. *)
external __MODULE__ : string = "%loc_MODULE"
(** The name of the module (compilation unit) in which this identifier
    appears. *)
external __POS__ : string * int * int * int = "%loc_POS"
(** The position of this identifier as a tuple [(file, line, first_char,
    last_char)]. *)
external __FUNCTION__ : string = "%loc_FUNCTION"
(** The name of the function in which this identifier appears. *)

(* Composition operators *)
external ( |> ) : 'a -> ('a -> 'b) -> 'b = "%revapply"
(** Reverse application: [x |> f] is [f x], so that pipelines read left to
    right. *)
external ( @@ ) : ('a -> 'b) -> 'a -> 'b = "%apply"
(** Application: [f @@ x] is [f x]; being right-associative and of low
    precedence, it saves parentheses. *)

(* Integer arithmetic *)
external ( ~- ) : int -> int = "%negint"
(** Integer negation; [-x] is sugar for it. [~- min_int] is [min_int]. *)
external ( ~+ ) : int -> int = "%identity"
(** Integer identity; [+x] is sugar for it. *)
external succ : int -> int = "%succint"
(** [succ n] is [n + 1], wrapping around at [max_int]. *)
external pred : int -> int = "%predint"
(** [pred n] is [n - 1], wrapping around at [min_int]. *)
external ( + ) : int -> int -> int = "%addint"
(** Integer addition, wrapping modulo 2 to the power [Sys.int_size] (it
    wraps around silently on overflow). *)
external ( - ) : int -> int -> int = "%subint"
(** Integer subtraction, wrapping around on overflow. *)
external ( * ) : int -> int -> int = "%mulint"
(** Integer multiplication, wrapping around on overflow. *)
external ( / ) : int -> int -> int = "%divint"
(** Integer division, rounding the quotient toward zero. Raises
    [Division_by_zero] when the divisor is [0]; [min_int / -1] is
    [min_int]. *)
external ( mod ) : int -> int -> int = "%modint"
(** Integer remainder: [x mod y] has the sign of [x] and satisfies [x = (x
    / y) * y + x mod y]. Raises [Division_by_zero] when [y] is [0]. *)
val abs : int -> int
(** Absolute value of an integer. [abs min_int] is [min_int], which is
    negative. *)
val max_int : int
(** The largest value of type [int]. *)
val min_int : int
(** The smallest value of type [int]. *)
external ( land ) : int -> int -> int = "%andint"
(** Bitwise and of two integers. *)
external ( lor ) : int -> int -> int = "%orint"
(** Bitwise or of two integers. *)
external ( lxor ) : int -> int -> int = "%xorint"
(** Bitwise exclusive or of two integers. *)
val lnot : int -> int
(** Bitwise complement of an integer. *)
external ( lsl ) : int -> int -> int = "%lslint"
(** [n lsl k] shifts [n] left by [k] bits, filling with zeros. The result
    is unspecified unless [0 <= k < Sys.int_size]. *)
external ( lsr ) : int -> int -> int = "%lsrint"
(** [n lsr k] shifts [n] right by [k] bits, filling with zeros (a logical
    shift). The result is unspecified unless [0 <= k < Sys.int_size]. *)
external ( asr ) : int -> int -> int = "%asrint"
(** [n asr k] shifts [n] right by [k] bits, copying the sign bit (an
    arithmetic shift). The result is unspecified unless
    [0 <= k < Sys.int_size]. *)

(* Floating-point arithmetic *)
external ( ~-. ) : float -> float = "%negfloat"
(** Float negation; [-.x] is sugar for it. *)
external ( ~+. ) : float -> float = "%identity"
(** Float identity; [+.x] is sugar for it. *)
external ( +. ) : float -> float -> float = "%addfloat"
(** Floating-point addition. *)
external ( -. ) : float -> float -> float = "%subfloat"
(** Floating-point subtraction. *)
external ( *. ) : float -> float -> float = "%mulfloat"
(** Floating-point multiplication. *)
external ( /. ) : float -> float -> float = "%divfloat"
(** Floating-point division; dividing by zero gives an infinity or [nan],
    never an exception. *)
external ( ** ) : float -> float -> float = "caml_power_float" "pow"
(** Exponentiation: [x ** y] is [x] raised to the power [y]. *)
external sqrt : float -> float = "caml_sqrt_float" "sqrt"
(** Square root; [nan] for negative arguments. *)
external exp : float -> float = "caml_exp_float" "exp"
(** Exponential: [exp x] is e raised to the power [x]. *)
external log : float -> float = "caml_log_float" "log"
(** Natural logarithm; [neg_infinity] at [0.] and [nan] for negative
    arguments. *)
external log10 : float -> float = "caml_log10_float" "log10"
(** Base-10 logarithm. *)
external expm1 : float -> float = "caml_expm1_float" "caml_expm1"
(** [expm1 x] computes [exp x -. 1.], accurately even when [x] is close to
    [0.]. *)
external log1p : float -> float = "caml_log1p_float" "caml_log1p"
(** [log1p x] computes [log (1. +. x)], accurately even when [x] is close
    to [0.]. *)
external cos : float -> float = "caml_cos_float" "cos"
(** Cosine of an angle in radians. *)
external sin : float -> float = "caml_sin_float" "sin"
(** Sine of an angle in radians. *)
external tan : float -> float = "caml_tan_float" "tan"
(** Tangent of an angle in radians. *)
external acos : float -> float = "caml_acos_float" "acos"
(** Arc cosine, in radians between [0.] and [pi]; [nan] outside
    [[-1., 1.]]. *)
external asin : float -> float = "caml_asin_float" "asin"
(** Arc sine, in radians between [-. pi /. 2.] and [pi /. 2.]; [nan]
    outside [[-1., 1.]]. *)
external atan : float -> float = "caml_atan_float" "atan"
(** Arc tangent, in radians between [-. pi /. 2.] and [pi /. 2.]. *)
external atan2 : float -> float -> float = "caml_atan2_float" "atan2"
(** [atan2 y x] is the angle of the point [(x, y)] from the positive x
    axis, in radians between [-. pi] and [pi]; the signs of both arguments
    pick the quadrant. *)
external hypot : float -> float -> float = "caml_hypot_float" "caml_hypot"
(** [hypot x y] is the length of the vector [(x, y)], computed without
    undue overflow or underflow. It is [nan] when either argument is [nan],
    otherwise [infinity] when either is infinite. *)
external cosh : float -> float = "caml_cosh_float" "cosh"
(** Hyperbolic cosine. *)
external sinh : float -> float = "caml_sinh_float" "sinh"
(** Hyperbolic sine. *)
external tanh : float -> float = "caml_tanh_float" "tanh"
(** Hyperbolic tangent. *)
external acosh : float -> float = "caml_acosh_float" "caml_acosh"
(** Inverse hyperbolic cosine; [nan] for arguments below [1.]. *)
external asinh : float -> float = "caml_asinh_float" "caml_asinh"
(** Inverse hyperbolic sine. *)
external atanh : float -> float = "caml_atanh_float" "caml_atanh"
(** Inverse hyperbolic tangent; [nan] outside [[-1., 1.]]. *)
external ceil : float -> float = "caml_ceil_float" "ceil"
(** Rounds up: the smallest integral float not below the argument. *)
external floor : float -> float = "caml_floor_float" "floor"
(** Rounds down: the largest integral float not above the argument. *)
external abs_float : float -> float = "%absfloat"
(** Absolute value of a float (clears the sign bit, so [abs_float (-0.)] is
    [0.]). *)
external copysign : float -> float -> float = "caml_copysign_float" "caml_copysign"
(** [copysign x y] is [x] with the sign bit of [y], which may be the sign
    of a [nan] or of [-0.]. *)
external mod_float : float -> float -> float = "caml_fmod_float" "fmod"
(** [mod_float a b] is the remainder of [a] divided by [b], with the
    quotient rounded toward zero; its sign is that of [a]. *)
external frexp : float -> float * int = "caml_frexp_float"
(** [frexp f] splits [f] into a mantissa [m] and an exponent [e] with
    [f = m *. 2 ** e] and [0.5 <= abs_float m < 1.]. For [0.] it is
    [(0., 0)]. *)
external ldexp : float -> int -> float = "caml_ldexp_float" "caml_ldexp_float_unboxed"
(** [ldexp x n] is [x *. 2 ** n], computed exactly when representable. *)
external modf : float -> float * float = "caml_modf_float"
(** [modf f] is the pair of the fractional and the integral part of [f],
    both with the sign of [f]. *)
external float : int -> float = "%floatofint"
(** Converts an integer to the nearest float; same as [float_of_int]. *)
external float_of_int : int -> float = "%floatofint"
(** Converts an integer to the nearest float. *)
external truncate : float -> int = "%intoffloat"
(** Same as [int_of_float]. *)
external int_of_float : float -> int = "%intoffloat"
(** Converts a float to an integer by dropping its fractional part
    (rounding toward zero). The result is unspecified for [nan],
    infinities and values out of the [int] range. *)
val infinity : float
(** Positive infinity. *)
val neg_infinity : float
(** Negative infinity. *)
val nan : float
(** A float that is not a number, the result of operations such as
    [0. /. 0.]. It is not equal to itself by [( = )]; test for it with
    [Float.is_nan] or [classify_float]. *)
val max_float : float
(** The greatest finite float. *)
val min_float : float
(** The smallest positive normal float (subnormal floats go below it). *)
val epsilon_float : float
(** The gap between [1.0] and the next float up. *)
type fpclass = FP_normal | FP_subnormal | FP_zero | FP_infinite | FP_nan
(** The categories of floating-point numbers, as told apart by
    [classify_float]. *)
external classify_float : float -> fpclass = "caml_classify_float" "caml_classify_float_unboxed"
(** Tells whether a float is normal, subnormal, zero, infinite or [nan]. *)

(* String operations *)
val ( ^ ) : string -> string -> string
(** String concatenation. Raises [Invalid_argument] when the result would
    be longer than [Sys.max_string_length]. *)

(* Character operations *)
external int_of_char : char -> int = "%identity"
(** The code (0 to 255) of a character. *)
val char_of_int : int -> char
(** The character with the given code. Raises [Invalid_argument
    "char_of_int"] unless the code is between 0 and 255. *)

(* Unit operations *)
external ignore : 'a -> unit = "%ignore"
(** Discards its argument; [ignore (f x)] calls [f] for its effect only,
    without the warning a non-unit result would draw in a sequence. *)

(* String conversion functions *)
val string_of_bool : bool -> string
(** Converts a boolean to ["true"] or ["false"]. *)
val bool_of_string : string -> bool
(** The inverse of [string_of_bool]. Raises [Invalid_argument
    "bool_of_string"] for any string other than ["true"] and ["false"]. *)
val bool_of_string_opt : string -> bool option
(** Like [bool_of_string] but returns [None] instead of raising. *)
val string_of_int : int -> string
(** The decimal representation of an integer, with a leading [-] when
    negative. *)
external int_of_string : string -> int = "caml_int_of_string"
(** Reads an integer in decimal, or in hexadecimal, octal or binary after a
    [0x], [0o] or [0b] prefix, optionally signed; underscores are allowed
    between digits. Raises [Failure "int_of_string"] when the text is not
    such an integer or does not fit in an [int]. *)
val int_of_string_opt : string -> int option
(** Like [int_of_string] but returns [None] instead of raising. *)
val string_of_float : float -> string
(** Converts a float to a string with 12 significant digits, adding a dot
    when needed so that the result reads back as a float (e.g. ["1."]);
    [nan] and the infinities give ["nan"], ["inf"] and ["-inf"]. *)
external float_of_string : string -> float = "caml_float_of_string"
(** Reads a float in decimal or hexadecimal notation, with optional sign,
    exponent and underscores, or [nan], [inf] and [infinity]. Raises
    [Failure "float_of_string"] when the text is not a float. *)
val float_of_string_opt : string -> float option
(** Like [float_of_string] but returns [None] instead of raising. *)

(* Pair operations *)
external fst : 'a * 'b -> 'a = "%field0"
(** The first component of a pair. *)
external snd : 'a * 'b -> 'b = "%field1"
(** The second component of a pair. *)

(* List operations *)
val ( @ ) : 'a list -> 'a list -> 'a list
(** List concatenation. Not tail-recursive: its stack use grows with the
    length of the first list. *)

(* I/O operations *)
type in_channel
(** The type of input channels. *)
type out_channel
(** The type of output channels. *)
val stdin : in_channel
(** The standard input of the program. *)
val stdout : out_channel
(** The standard output of the program (buffered: see [flush]). *)
val stderr : out_channel
(** The standard error output of the program (buffered: see [flush]). *)
val print_char : char -> unit
(** Writes a character to [stdout]. *)
val print_string : string -> unit
(** Writes a string to [stdout]. *)
val print_bytes : bytes -> unit
(** Writes a byte sequence to [stdout]. *)
val print_int : int -> unit
(** Writes an integer in decimal to [stdout]. *)
val print_float : float -> unit
(** Writes a float to [stdout], as [string_of_float] formats it. *)
val print_endline : string -> unit
(** Writes a string and a newline to [stdout], then flushes it. *)
val print_newline : unit -> unit
(** Writes a newline to [stdout] and flushes it. *)
val prerr_char : char -> unit
(** Writes a character to [stderr]. *)
val prerr_string : string -> unit
(** Writes a string to [stderr]. *)
val prerr_bytes : bytes -> unit
(** Writes a byte sequence to [stderr]. *)
val prerr_int : int -> unit
(** Writes an integer in decimal to [stderr]. *)
val prerr_float : float -> unit
(** Writes a float to [stderr], as [string_of_float] formats it. *)
val prerr_endline : string -> unit
(** Writes a string and a newline to [stderr], then flushes it. *)
val prerr_newline : unit -> unit
(** Writes a newline to [stderr] and flushes it. *)
val read_line : unit -> string
(** Flushes [stdout], then reads one line from [stdin] and returns it
    without its newline. Raises [End_of_file] when the input ends before
    any character is read. *)
val read_int : unit -> int
(** Reads a line from [stdin] (see [read_line]) and converts it with
    [int_of_string]. Raises [Failure "int_of_string"] if the line is not an
    integer, [End_of_file] at the end of the input. *)
val read_int_opt : unit -> int option
(** Like [read_int] but returns [None] when the line is not an integer;
    still raises [End_of_file] at the end of the input. *)
val read_float : unit -> float
(** Reads a line from [stdin] (see [read_line]) and converts it with
    [float_of_string]. Raises [Failure "float_of_string"] if the line is
    not a float, [End_of_file] at the end of the input. *)
val read_float_opt : unit -> float option
(** Like [read_float] but returns [None] when the line is not a float;
    still raises [End_of_file] at the end of the input. *)
val flush : out_channel -> unit
(** Writes out whatever is still buffered in the channel. *)
val flush_all : unit -> unit
(** Flushes every open output channel, ignoring the [Sys_error] a channel
    may raise. *)
val output_char : out_channel -> char -> unit
(** Writes a character to a channel. *)
val output_string : out_channel -> string -> unit
(** Writes a string to a channel. *)
val output_bytes : out_channel -> bytes -> unit
(** Writes a byte sequence to a channel. *)
val output : out_channel -> bytes -> int -> int -> unit
(** [output oc buf pos len] writes [len] bytes of [buf], starting at index
    [pos], to [oc]. Raises [Invalid_argument "output"] when [pos] and [len]
    do not describe a valid range of [buf]. *)
val output_substring : out_channel -> string -> int -> int -> unit
(** Like [output] but takes its bytes from a string. Raises
    [Invalid_argument "output_substring"] when [pos] and [len] do not
    describe a valid range of the string. *)
val output_byte : out_channel -> int -> unit
(** Writes one byte, the argument's 8 low bits, to a channel. *)
val input_char : in_channel -> char
(** Reads one character from a channel. Raises [End_of_file] at the end of
    the input. *)
val input_line : in_channel -> string
(** Reads characters up to the next newline (or the end of the input) and
    returns them without the newline. Raises [End_of_file] when the input
    ends before any character is read. *)
val input : in_channel -> bytes -> int -> int -> int
(** [input ic buf pos len] reads at most [len] bytes into [buf] at index
    [pos] and returns how many it read, which may be fewer than asked; [0]
    means the end of the input (or [len = 0]). Raises
    [Invalid_argument "input"] when [pos] and [len] do not describe a valid
    range of [buf]. *)
val input_byte : in_channel -> int
(** Reads one byte from a channel, as an integer from 0 to 255. Raises
    [End_of_file] at the end of the input. *)

(* References *)
type 'a ref = { mutable contents : 'a }
(** The type of references: mutable cells holding one value. *)
external ref : 'a -> 'a ref = "%makemutable"
(** [ref v] creates a new reference holding [v]. *)
external ( ! ) : 'a ref -> 'a = "%field0"
(** [!r] is the current contents of the reference [r]. *)
external ( := ) : 'a ref -> 'a -> unit = "%setfield0"
(** [r := v] stores [v] in the reference [r]. *)
external incr : int ref -> unit = "%incr"
(** Adds one to the integer held by a reference. *)
external decr : int ref -> unit = "%decr"
(** Subtracts one from the integer held by a reference. *)

(* Result type *)
type ('a,'b) result = Ok of 'a | Error of 'b
(** The outcome of a computation that may fail: [Ok v] on success,
    [Error e] otherwise. *)

(* Format strings *)
type ('a, 'b, 'c, 'd) format4 = ('a, 'b, 'c, 'c, 'c, 'd) format6
(** Format strings with four type parameters; a shorthand for [format6]
    whose middle parameters coincide. *)
type ('a, 'b, 'c) format = ('a, 'b, 'c, 'c) format4
(** Format strings for [Printf] and [Format], with three type parameters. *)
val string_of_format : ('a, 'b, 'c, 'd, 'e, 'f) format6 -> string
(** The text of a format string. *)
external format_of_string :
  ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('a, 'b, 'c, 'd, 'e, 'f) format6 = "%identity"
(** Returns its argument unchanged; it makes a string literal be typed as a
    format string. *)
val ( ^^ ) :
  ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('f, 'b, 'c, 'e, 'g, 'h) format6 ->
  ('a, 'b, 'c, 'd, 'g, 'h) format6
(** Concatenates two format strings; the result takes the arguments of the
    first, then those of the second. *)

(* Program termination *)
val exit : int -> 'a
(** Ends the program with the given exit code (0 usually meaning success)
    after running the functions registered with [at_exit] and flushing the
    standard channels. *)
val at_exit : (unit -> unit) -> unit
(** Registers a function to call when the program ends, by [exit] or
    normally. Functions run in the reverse order of their registration,
    each at most once. *)

(**/**)

(* Internal: run the at_exit functions (called when the program ends). *)
val do_at_exit : unit -> unit
(** Runs the functions registered with [at_exit]; internal, called when the
    program terminates. *)
