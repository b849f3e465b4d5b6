(* Small general-purpose helpers shared by every unit. *)
let clamp lo hi x = if x < lo then lo else if x > hi then hi else x

let rec range a b = if a >= b then [] else a :: range (a + 1) b

let sum_float l = List.fold_left ( +. ) 0.0 l

let join sep l = String.concat sep l

let pad_left width s =
  let n = String.length s in
  if n >= width then s else String.make (width - n) ' ' ^ s

let option_map f = function None -> None | Some x -> Some (f x)

let rec last = function
  | [] -> None
  | [x] -> Some x
  | _ :: rest -> last rest

let approx_equal eps a b = Float.abs (a -. b) < eps
