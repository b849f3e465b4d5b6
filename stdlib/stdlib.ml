(* The Stdlib's pervasives (stdlib.mli), in robur's language.

   Compiled without the Stdlib open (it is the Stdlib): everything it uses
   is declared here.  Channels, number formatting and parsing are the
   runtime's (kernel/runtime/io.c, ints.c, floats.c); stdout and stderr are
   buffered as in OCaml and flushed by print_endline, print_newline, flush
   and at exit (do_at_exit, which the program's startup calls last and the
   runtime calls before reporting an uncaught exception). *)

(* -- types ---------------------------------------------------------------- *)

type fpclass = FP_normal | FP_subnormal | FP_zero | FP_infinite | FP_nan
type in_channel
type out_channel
type 'a ref = { mutable contents : 'a }
type ('a,'b) result = Ok of 'a | Error of 'b
type ('a, 'b, 'c, 'd) format4 = ('a, 'b, 'c, 'c, 'c, 'd) format6
type ('a, 'b, 'c) format = ('a, 'b, 'c, 'c) format4

(* -- the interface's primitives --------------------------------------------- *)

external raise : exn -> 'a = "%raise"
external raise_notrace : exn -> 'a = "%raise_notrace"
external ( = ) : 'a -> 'a -> bool = "%equal"
external ( <> ) : 'a -> 'a -> bool = "%notequal"
external ( < ) : 'a -> 'a -> bool = "%lessthan"
external ( > ) : 'a -> 'a -> bool = "%greaterthan"
external ( <= ) : 'a -> 'a -> bool = "%lessequal"
external ( >= ) : 'a -> 'a -> bool = "%greaterequal"
external compare : 'a -> 'a -> int = "%compare"
external ( == ) : 'a -> 'a -> bool = "%eq"
external ( != ) : 'a -> 'a -> bool = "%noteq"
external not : bool -> bool = "%boolnot"
external ( && ) : bool -> bool -> bool = "%sequand"
external ( & ) : bool -> bool -> bool = "%sequand"
  [@@ocaml.deprecated "Use (&&) instead."]
external ( || ) : bool -> bool -> bool = "%sequor"
external ( or ) : bool -> bool -> bool = "%sequor"
  [@@ocaml.deprecated "Use (||) instead."]
external __LOC__ : string = "%loc_LOC"
external __FILE__ : string = "%loc_FILE"
external __LINE__ : int = "%loc_LINE"
external __MODULE__ : string = "%loc_MODULE"
external __POS__ : string * int * int * int = "%loc_POS"
external __FUNCTION__ : string = "%loc_FUNCTION"
external ( |> ) : 'a -> ('a -> 'b) -> 'b = "%revapply"
external ( @@ ) : ('a -> 'b) -> 'a -> 'b = "%apply"
external ( ~- ) : int -> int = "%negint"
external ( ~+ ) : int -> int = "%identity"
external succ : int -> int = "%succint"
external pred : int -> int = "%predint"
external ( + ) : int -> int -> int = "%addint"
external ( - ) : int -> int -> int = "%subint"
external ( * ) : int -> int -> int = "%mulint"
external ( / ) : int -> int -> int = "%divint"
external ( mod ) : int -> int -> int = "%modint"
external ( land ) : int -> int -> int = "%andint"
external ( lor ) : int -> int -> int = "%orint"
external ( lxor ) : int -> int -> int = "%xorint"
external ( lsl ) : int -> int -> int = "%lslint"
external ( lsr ) : int -> int -> int = "%lsrint"
external ( asr ) : int -> int -> int = "%asrint"
external ( ~-. ) : float -> float = "%negfloat"
external ( ~+. ) : float -> float = "%identity"
external ( +. ) : float -> float -> float = "%addfloat"
external ( -. ) : float -> float -> float = "%subfloat"
external ( *. ) : float -> float -> float = "%mulfloat"
external ( /. ) : float -> float -> float = "%divfloat"
external ( ** ) : float -> float -> float = "caml_power_float" "pow"
external sqrt : float -> float = "caml_sqrt_float" "sqrt"
external exp : float -> float = "caml_exp_float" "exp"
external log : float -> float = "caml_log_float" "log"
external log10 : float -> float = "caml_log10_float" "log10"
external expm1 : float -> float = "caml_expm1_float" "caml_expm1"
external log1p : float -> float = "caml_log1p_float" "caml_log1p"
external cos : float -> float = "caml_cos_float" "cos"
external sin : float -> float = "caml_sin_float" "sin"
external tan : float -> float = "caml_tan_float" "tan"
external acos : float -> float = "caml_acos_float" "acos"
external asin : float -> float = "caml_asin_float" "asin"
external atan : float -> float = "caml_atan_float" "atan"
external atan2 : float -> float -> float = "caml_atan2_float" "atan2"
external hypot : float -> float -> float = "caml_hypot_float" "caml_hypot"
external cosh : float -> float = "caml_cosh_float" "cosh"
external sinh : float -> float = "caml_sinh_float" "sinh"
external tanh : float -> float = "caml_tanh_float" "tanh"
external acosh : float -> float = "caml_acosh_float" "caml_acosh"
external asinh : float -> float = "caml_asinh_float" "caml_asinh"
external atanh : float -> float = "caml_atanh_float" "caml_atanh"
external ceil : float -> float = "caml_ceil_float" "ceil"
external floor : float -> float = "caml_floor_float" "floor"
external abs_float : float -> float = "%absfloat"
external copysign : float -> float -> float = "caml_copysign_float" "caml_copysign"
external mod_float : float -> float -> float = "caml_fmod_float" "fmod"
external frexp : float -> float * int = "caml_frexp_float"
external ldexp : float -> int -> float = "caml_ldexp_float" "caml_ldexp_float_unboxed"
external modf : float -> float * float = "caml_modf_float"
external float : int -> float = "%floatofint"
external float_of_int : int -> float = "%floatofint"
external truncate : float -> int = "%intoffloat"
external int_of_float : float -> int = "%intoffloat"
external classify_float : float -> fpclass = "caml_classify_float" "caml_classify_float_unboxed"
external int_of_char : char -> int = "%identity"
external ignore : 'a -> unit = "%ignore"
external int_of_string : string -> int = "caml_int_of_string"
external float_of_string : string -> float = "caml_float_of_string"
external fst : 'a * 'b -> 'a = "%field0"
external snd : 'a * 'b -> 'b = "%field1"
external ref : 'a -> 'a ref = "%makemutable"
external ( ! ) : 'a ref -> 'a = "%field0"
external ( := ) : 'a ref -> 'a -> unit = "%setfield0"
external incr : int ref -> unit = "%incr"
external decr : int ref -> unit = "%decr"
external format_of_string :
  ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('a, 'b, 'c, 'd, 'e, 'f) format6 = "%identity"

(* -- primitives used by the implementation ------------------------------------ *)

external format_int : string -> int -> string = "caml_format_int"
external format_float : string -> float -> string = "caml_format_float"
external string_length : string -> int = "%string_length"
external bytes_length : bytes -> int = "%bytes_length"
external bytes_create : int -> bytes = "caml_create_bytes"
external string_blit : string -> int -> bytes -> int -> int -> unit = "caml_blit_string"
external bytes_blit : bytes -> int -> bytes -> int -> int -> unit = "caml_blit_bytes"
external bytes_unsafe_to_string : bytes -> string = "%bytes_to_string"
external string_unsafe_get : string -> int -> char = "%string_unsafe_get"
external unsafe_char_of_int : int -> char = "%identity"
external float_of_bits : int64 -> float = "caml_int64_float_of_bits"
external open_descriptor_out : int -> out_channel = "caml_ml_open_descriptor_out"
external open_descriptor_in : int -> in_channel = "caml_ml_open_descriptor_in"
external unsafe_output_string : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external unsafe_output : out_channel -> bytes -> int -> int -> unit = "caml_ml_output_bytes"
external output_char_ : out_channel -> char -> unit = "caml_ml_output_char"
external output_byte_ : out_channel -> int -> unit = "caml_ml_output_char"
external flush_ : out_channel -> unit = "caml_ml_flush"
external out_channels_list : unit -> out_channel list = "caml_ml_out_channels_list"
external input_char_ : in_channel -> char = "caml_ml_input_char"
external input_byte_ : in_channel -> int = "caml_ml_input_char"
external input_scan_line : in_channel -> int = "caml_ml_input_scan_line"
external unsafe_input : in_channel -> bytes -> int -> int -> int = "caml_ml_input"
external sys_exit : int -> 'a = "caml_sys_exit"
external register_named_value : string -> (unit -> unit) -> unit = "caml_register_named_value"
external format_text : ('a, 'b, 'c, 'd, 'e, 'f) format6 -> string = "%identity"
external format_of_text : string -> ('a, 'b, 'c, 'd, 'e, 'f) format6 = "%identity"

(* -- exceptions ------------------------------------------------------------------ *)

let failwith s = raise (Failure s)
let invalid_arg s = raise (Invalid_argument s)

exception Exit

(* -- comparisons and integers ---------------------------------------------------- *)

let min a b = if a <= b then a else b
let max a b = if a >= b then a else b

let abs x = if x >= 0 then x else ~- x
let max_int = (-1) lsr 1
let min_int = max_int + 1
let lnot x = x lxor (-1)

(* -- floats: the IEEE constants by their bits, as OCaml defines them ------------ *)

let infinity = float_of_bits 0x7F_F0_00_00_00_00_00_00L
let neg_infinity = float_of_bits 0xFF_F0_00_00_00_00_00_00L
let nan = float_of_bits 0x7F_F0_00_00_00_00_00_01L
let max_float = float_of_bits 0x7F_EF_FF_FF_FF_FF_FF_FFL
let min_float = float_of_bits 0x00_10_00_00_00_00_00_00L
let epsilon_float = float_of_bits 0x3C_B0_00_00_00_00_00_00L

(* -- strings and conversions --------------------------------------------------------- *)

let ( ^ ) s1 s2 =
  let l1 = string_length s1 and l2 = string_length s2 in
  let s = bytes_create (l1 + l2) in
  string_blit s1 0 s 0 l1;
  string_blit s2 0 s l1 l2;
  bytes_unsafe_to_string s

let char_of_int n =
  if n < 0 || n > 255 then invalid_arg "char_of_int" else unsafe_char_of_int n

let string_of_bool b = if b then "true" else "false"

let bool_of_string = function
  | "true" -> true
  | "false" -> false
  | _ -> invalid_arg "bool_of_string"

let bool_of_string_opt = function
  | "true" -> Some true
  | "false" -> Some false
  | _ -> None

let string_of_int n = format_int "%d" n

let int_of_string_opt s =
  try Some (int_of_string s) with Failure _ -> None

(* "%.12g" may print an integer ("1"): OCaml adds a dot so that the text
   reads back as a float *)
let valid_float_lexem s =
  let l = string_length s in
  let rec loop i =
    if i >= l then s ^ "."
    else
      match string_unsafe_get s i with
      | '0' .. '9' | '-' -> loop (i + 1)
      | _ -> s
  in
  loop 0

let string_of_float f = valid_float_lexem (format_float "%.12g" f)

let float_of_string_opt s =
  try Some (float_of_string s) with Failure _ -> None

(* -- lists ----------------------------------------------------------------------- *)

(* not tail-recursive, as OCaml 4.13's *)
let rec ( @ ) l1 l2 =
  match l1 with
  | [] -> l2
  | hd :: tl -> hd :: (tl @ l2)

(* -- output ----------------------------------------------------------------------- *)

let stdin = open_descriptor_in 0
let stdout = open_descriptor_out 1
let stderr = open_descriptor_out 2

let flush oc = flush_ oc

let flush_all () =
  let rec iter = function
    | [] -> ()
    | a :: l -> (try flush a with Sys_error _ -> ()); iter l
  in
  iter (out_channels_list ())

let output_char oc c = output_char_ oc c
let output_byte oc n = output_byte_ oc n
let output_string oc s = unsafe_output_string oc s 0 (string_length s)
let output_bytes oc s = unsafe_output oc s 0 (bytes_length s)

let output oc s ofs len =
  if ofs < 0 || len < 0 || ofs > bytes_length s - len then invalid_arg "output"
  else unsafe_output oc s ofs len

let output_substring oc s ofs len =
  if ofs < 0 || len < 0 || ofs > string_length s - len then invalid_arg "output_substring"
  else unsafe_output_string oc s ofs len

let print_char c = output_char stdout c
let print_string s = output_string stdout s
let print_bytes s = output_bytes stdout s
let print_int i = output_string stdout (string_of_int i)
let print_float f = output_string stdout (string_of_float f)
let print_endline s = output_string stdout s; output_char stdout '\n'; flush stdout
let print_newline () = output_char stdout '\n'; flush stdout

let prerr_char c = output_char stderr c
let prerr_string s = output_string stderr s
let prerr_bytes s = output_bytes stderr s
let prerr_int i = output_string stderr (string_of_int i)
let prerr_float f = output_string stderr (string_of_float f)
let prerr_endline s = output_string stderr s; output_char stderr '\n'; flush stderr
let prerr_newline () = output_char stderr '\n'; flush stderr

(* -- input ------------------------------------------------------------------------- *)

let input_char ic = input_char_ ic
let input_byte ic = input_byte_ ic

let input ic s ofs len =
  if ofs < 0 || len < 0 || ofs > bytes_length s - len then invalid_arg "input"
  else unsafe_input ic s ofs len

(* input_scan_line: n > 0 when a line of n bytes (newline included) is
   buffered; -n when n bytes without a newline are (the buffer is full or
   the input ended); 0 at the end of input *)
let input_line ic =
  let rec build_result buf pos = function
    | [] -> buf
    | hd :: tl ->
      let len = bytes_length hd in
      bytes_blit hd 0 buf (pos - len) len;
      build_result buf (pos - len) tl
  in
  let rec scan accu len =
    let n = input_scan_line ic in
    if n = 0 then begin
      match accu with
      | [] -> raise End_of_file
      | _ -> build_result (bytes_create len) len accu
    end else if n > 0 then begin
      let res = bytes_create (n - 1) in
      ignore (unsafe_input ic res 0 (n - 1));
      ignore (input_char_ ic);
      match accu with
      | [] -> res
      | _ ->
        let len = len + n - 1 in
        build_result (bytes_create len) len (res :: accu)
    end else begin
      let beg = bytes_create (- n) in
      ignore (unsafe_input ic beg 0 (- n));
      scan (beg :: accu) (len - n)
    end
  in
  bytes_unsafe_to_string (scan [] 0)

let read_line () = flush stdout; input_line stdin
let read_int () = int_of_string (read_line ())
let read_int_opt () = int_of_string_opt (read_line ())
let read_float () = float_of_string (read_line ())
let read_float_opt () = float_of_string_opt (read_line ())

(* -- formats: a format is its text at run time (docs/architecture.md) ------------------- *)

let string_of_format f = format_text f
(* OCaml joins the two texts with "%,", which prints nothing and ends
   whatever the first text left open: string_of_format shows it *)
let ( ^^ ) f1 f2 = format_of_text (format_text f1 ^ "%," ^ format_text f2)

(* -- termination -------------------------------------------------------------------- *)

let flush_std_buffers () =
  (try flush stdout with _ -> ());
  (try flush stderr with _ -> ())

let exit_function = ref flush_std_buffers

(* the newest function runs first; each at most once, even when a function
   calls exit *)
let at_exit f =
  let yet_to_run = ref true in
  let old_exit = !exit_function in
  exit_function := (fun () ->
    if !yet_to_run then begin yet_to_run := false; f () end;
    old_exit ())

let do_at_exit () = !exit_function ()

let exit retcode =
  do_at_exit ();
  sys_exit retcode

let () = register_named_value "Pervasives.do_at_exit" do_at_exit
