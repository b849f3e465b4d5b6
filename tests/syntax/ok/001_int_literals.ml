(* Integer literals in every base, with underscores. *)
let decimal = 1_000_000
let hex = 0xFF
let hex_upper = 0XdeadBEEF
let octal = 0o755
let octal_upper = 0O17
let binary = 0b1010_1010
let binary_upper = 0B11
let with_underscores = 0xff_ff
let trailing_underscore = 1_000_
let zero = 0
let negative = -42
let neg_hex = -0x10
let max = max_int
let min = min_int

let () =
  List.iter (fun (name, v) -> Printf.printf "%s = %d\n" name v)
    [ ("decimal", decimal); ("hex", hex); ("hex_upper", hex_upper);
      ("octal", octal); ("octal_upper", octal_upper); ("binary", binary);
      ("binary_upper", binary_upper); ("with_underscores", with_underscores);
      ("trailing_underscore", trailing_underscore); ("zero", zero);
      ("negative", negative); ("neg_hex", neg_hex) ];
  Printf.printf "max > 0: %b, min < 0: %b\n" (max > 0) (min < 0)
