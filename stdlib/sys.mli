(** System interface: the part of OCaml 4.13's Sys that means something in
   robur.  A unikernel has no file system, no environment, no processes and
   no signals, so these are left out: file_exists, is_directory, remove,
   rename, readdir, chdir, getcwd, mkdir, rmdir, command, signal, set_signal,
   the sig* numbers, catch_break, Immediate64.  getenv always raises
   Not_found (there is no environment).  On the unix target executable_name
   is argv.(0) (OCaml resolves /proc/self/exe).  Break is registered with
   the runtime as "Sys.Break": the kernel raises it on a REPL interrupt. *)
val argv : string array
(** The command-line arguments the program was started with; element 0 is
    the program name. *)
val executable_name : string
(** The name of the running program; on the unix target, the same as
    [argv.(0)]. *)
external time : unit -> float = "caml_sys_time"
(** Seconds elapsed, as a float. robur reads a monotonic clock (time since
    boot on a unikernel), where OCaml measures the processor time used by
    the program. *)
external getenv : string -> string = "caml_sys_getenv"
(** Looks up an environment variable. A unikernel has no environment, so
    this always raises [Not_found]. *)
val getenv_opt : string -> string option
(** Like [getenv] but returns [None] instead of raising; always [None] in
    robur. *)
val interactive : bool ref
(** Meant to be [true] when code runs inside an interactive toplevel;
    robur's REPL leaves it [false]. *)
val os_type : string
(** The operating system family: ["Unix"] in robur. *)
type backend_type = Native | Bytecode | Other of string
(** How the program runs: compiled to native code, as bytecode, or by some
    other back end named by the string. *)
val backend_type : backend_type
(** The kind of code the program was compiled to; [Native] in robur. *)
val unix : bool
(** [true]: robur behaves as a Unix system. *)
val win32 : bool
(** [false] in robur. *)
val cygwin : bool
(** [false] in robur. *)
val word_size : int
(** The size of a machine word in bits: 64. *)
val int_size : int
(** The number of bits in an [int]: 63. *)
val big_endian : bool
(** [false]: robur's targets are little-endian. *)
val max_string_length : int
(** The greatest length a string or byte sequence may have. *)
val max_array_length : int
(** The greatest length an array may have (2 to the power 54, minus 1). *)
val max_floatarray_length : int
(** The greatest length a float array may have. *)
external runtime_variant : unit -> string = "caml_runtime_variant"
(** Which variant of the runtime is running; robur's runtime returns the
    empty string. *)
external runtime_parameters : unit -> string = "caml_runtime_parameters"
(** The runtime's parameters in [OCAMLRUNPARAM] syntax; robur's runtime
    returns the empty string. *)
exception Break
(** Raised when the user interrupts the REPL (the runtime raises it in
    place of the interrupted computation). *)
val ocaml_version : string
(** The version of OCaml whose language and library robur follows:
    ["4.13.1"]. *)
val enable_runtime_warnings : bool -> unit
(** Turns on or off the warnings the runtime may print on [stderr]; off by
    default. *)
val runtime_warnings_enabled : unit -> bool
(** Whether runtime warnings are turned on. *)
val opaque_identity : 'a -> 'a
(** Returns its argument unchanged, hiding it from compiler optimisations;
    useful in benchmarks. *)
