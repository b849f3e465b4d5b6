external format_int : string -> int -> string = "caml_format_int"
external out : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external open_out : int -> out_channel = "caml_ml_open_descriptor_out"
external length : string -> int = "%string_length"

let stdout = open_out 1
let print s = out stdout s 0 (length s)
let print_int n = print (format_int "%d" n)
let calls = ref 0
let twice f x = incr calls; f (f x)
exception Oops of string
let check n = if n < 0 then raise (Oops "negative") else n
