(* System interface (robur's unikernel has no file system). *)
val argv : string array
val executable_name : string
external time : unit -> float = "caml_sys_time"
val os_type : string
val word_size : int
val int_size : int
val big_endian : bool
val max_string_length : int
val max_array_length : int
val ocaml_version : string
exception Break
val opaque_identity : 'a -> 'a
