(* Ascription hides helper functions and fixes types *)
module Temperature : sig
  type t
  val of_celsius : float -> t
  val of_fahrenheit : float -> t
  val to_celsius : t -> float
  val to_string : t -> string
  val compare : t -> t -> int
end = struct
  type t = float
  let of_celsius c = c
  let f_to_c f = (f -. 32.0) *. 5.0 /. 9.0
  let of_fahrenheit f = f_to_c f
  let to_celsius t = t
  let to_string t = Printf.sprintf "%.1f°C" t
  let compare = compare
end

let readings = List.map Temperature.of_fahrenheit [32.0; 212.0; 98.6]
let hottest = List.fold_left (fun a b -> if Temperature.compare a b >= 0 then a else b) (Temperature.of_celsius (-273.15)) readings

let () =
  List.iter (fun t -> print_endline (Temperature.to_string t)) readings;
  Printf.printf "%.1f\n" (Temperature.to_celsius hottest)
