(* RGB colours. *)
type t = { r : int; g : int; b : int }

exception Bad_color of string

let black = { r = 0; g = 0; b = 0 }
let white = { r = 255; g = 255; b = 255 }
let red = { r = 255; g = 0; b = 0 }

let make r g b = { r = Util.clamp 0 255 r; g = Util.clamp 0 255 g; b = Util.clamp 0 255 b }

let to_hex c = Printf.sprintf "#%02x%02x%02x" c.r c.g c.b

let of_name = function
  | "black" -> black
  | "white" -> white
  | "red" -> red
  | s -> raise (Bad_color s)

let blend a b =
  make ((a.r + b.r) / 2) ((a.g + b.g) / 2) ((a.b + b.b) / 2)

let luminance c = (0.2126 *. float_of_int c.r) +. (0.7152 *. float_of_int c.g) +. (0.0722 *. float_of_int c.b)
