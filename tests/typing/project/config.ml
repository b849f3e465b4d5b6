(* Global settings for the renderer. *)
type units = Pixels | Millimetres

type t = {
  width : int;
  height : int;
  units : units;
  precision : int;
  background : string;
}

let default = { width = 80; height = 24; units = Pixels; precision = 2; background = "white" }

let scale_of_units = function Pixels -> 1.0 | Millimetres -> 3.78

let with_size c w h = { c with width = w; height = h }
