(* Runtime formatting primitives with the formats Printf passes and with
   literal text around them, as OCaml's caml_format_int accepts.
   Expected output: ocamlopt's (formats.expected). *)
external format_int : string -> int -> string = "caml_format_int"
external format_float : string -> float -> string = "caml_format_float"
external out : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external open_out : int -> out_channel = "caml_ml_open_descriptor_out"
external length : string -> int = "%string_length"

let stdout = open_out 1
let line s = out stdout s 0 (length s); out stdout "\n" 0 1

let () =
  line (format_int "%d" 42);
  line (format_int "q=%d" 3);
  line (format_int "100%% of %d" 7);
  line (format_int "[%5d]" (-12));
  line (format_int "%-6x|" 255);
  line (format_int "%08X" 48879);
  line (format_int "%o" 8);
  line (format_int "%u" (-1));
  line (format_int "%+d" 5);
  line (format_float "%.3f" 3.14159);
  line (format_float "%e" 12345.678);
  line (format_float "%g" 0.0001)

let () =
  line (try format_int "%0123456789012345678901234567d" 1 with Invalid_argument m -> m);
  line (format_int "%012345678901234567890123456d" 1 = "" |> fun _ -> "long but fits")
