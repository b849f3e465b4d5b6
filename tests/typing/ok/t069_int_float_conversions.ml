(* Numeric conversions and arithmetic *)
let celsius_of_fahrenheit f = (f -. 32.0) *. 5.0 /. 9.0
let round_to n x = let p = 10.0 ** float_of_int n in Float.round (x *. p) /. p
let percent part whole = 100.0 *. float_of_int part /. float_of_int whole
let int_average l = List.fold_left ( + ) 0 l / List.length l
let is_power_of_two n = n > 0 && n land (n - 1) = 0
let bits n = let rec go n acc = if n = 0 then acc else go (n lsr 1) (acc + (n land 1)) in go n 0
let hypot a b = sqrt (a *. a +. b *. b)
let truncate_to_int x = int_of_float x
let parse_float s = float_of_string s
let pow2 n = 1 lsl n
let neg x = -x
let fneg x = -. x

let () =
  Printf.printf "%.2f %.3f %.1f %d\n" (celsius_of_fahrenheit 100.0) (round_to 3 3.14159) (percent 1 3) (int_average [1; 2; 6]);
  Printf.printf "%b %d %.1f %d %.2f %d\n" (is_power_of_two 64) (bits 255) (hypot 3.0 4.0) (truncate_to_int 9.99) (parse_float "2.5") (pow2 10);
  Printf.printf "%d %.1f %d %d %f\n" (neg 3) (fneg 2.0) max_int (abs (-4)) infinity
