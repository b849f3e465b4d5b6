(* include of a functor application and extending modules. *)
module type BASE = sig
  type t
  val zero : t
  val add : t -> t -> t
  val to_string : t -> string
end

module Sum (B : BASE) = struct
  let sum l = List.fold_left B.add B.zero l
  let show_sum l = B.to_string (sum l)
end

module Int_base = struct
  type t = int
  let zero = 0
  let add = ( + )
  let to_string = string_of_int
end

module Ints = struct
  include Int_base
  include Sum (Int_base)
  let double x = add x x
end

module Floats = struct
  include Sum (struct
      type t = float
      let zero = 0.
      let add = ( +. )
      let to_string = Printf.sprintf "%.2f"
    end)
end

let () =
  print_endline (Ints.show_sum [1; 2; 3]);
  Printf.printf "%d\n" (Ints.double 21);
  print_endline (Floats.show_sum [0.5; 0.25; 1.])
