(* System interface: the part of OCaml 4.13's Sys that means something in
   robur.  A unikernel has no file system, no environment, no processes and
   no signals, so these are left out: file_exists, is_directory, remove,
   rename, readdir, chdir, getcwd, mkdir, rmdir, command, signal, set_signal,
   the sig* numbers, catch_break, Immediate64.  getenv always raises
   Not_found (there is no environment).  On the unix target executable_name
   is argv.(0) (OCaml resolves /proc/self/exe).  Break is registered with
   the runtime as "Sys.Break": the kernel raises it on a REPL interrupt. *)
val argv : string array
val executable_name : string
external time : unit -> float = "caml_sys_time"
external getenv : string -> string = "caml_sys_getenv"
val getenv_opt : string -> string option
val interactive : bool ref
val os_type : string
type backend_type = Native | Bytecode | Other of string
val backend_type : backend_type
val unix : bool
val win32 : bool
val cygwin : bool
val word_size : int
val int_size : int
val big_endian : bool
val max_string_length : int
val max_array_length : int
val max_floatarray_length : int
external runtime_variant : unit -> string = "caml_runtime_variant"
external runtime_parameters : unit -> string = "caml_runtime_parameters"
exception Break
val ocaml_version : string
val enable_runtime_warnings : bool -> unit
val runtime_warnings_enabled : unit -> bool
val opaque_identity : 'a -> 'a
