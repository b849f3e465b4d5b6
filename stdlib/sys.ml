(* System interface (OCaml 4.13's sys.ml, without the file system, the
   environment, processes and signals: see sys.mli). *)

type backend_type = Native | Bytecode | Other of string

external get_config : unit -> string * int * bool = "caml_sys_get_config"
external get_executable_name : unit -> string = "caml_sys_executable_name"
external get_argv : unit -> string array = "caml_sys_argv"
external time : unit -> float = "caml_sys_time"
external getenv : string -> string = "caml_sys_getenv"
external runtime_variant : unit -> string = "caml_runtime_variant"
external runtime_parameters : unit -> string = "caml_runtime_parameters"
external enable_runtime_warnings : bool -> unit = "caml_ml_enable_runtime_warnings"
external runtime_warnings_enabled : unit -> bool = "caml_ml_runtime_warnings_enabled"
external register_named_value : string -> 'a -> unit = "caml_register_named_value"

let argv = get_argv ()
let executable_name = get_executable_name ()
let (os_type, word_size, big_endian) = get_config ()
let int_size = word_size - 1
let backend_type = Native
let unix = true
let win32 = false
let cygwin = false

(* Max_wosize on 64 bits: 2^54 - 1 words *)
let max_array_length = (1 lsl 54) - 1
let max_floatarray_length = max_array_length / (64 / word_size)
let max_string_length = word_size / 8 * max_array_length - 1

let interactive = ref false

let getenv_opt s = try Some (getenv s) with Not_found -> None

exception Break

(* Callback.register_exception "Sys.Break" Break: a constant exception is its
   own slot (an Object_tag block), which is what gets registered. *)
let () = register_named_value "Sys.Break" Break

let ocaml_version = "4.13.1"

(* robur does not inline across function calls, so a function is opaque *)
let opaque_identity x = x
