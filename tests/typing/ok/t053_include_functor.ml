(* include of a functor application and extending it *)
module type ORD = sig type t val compare : t -> t -> int end

module Extend (O : ORD) = struct
  let max a b = if O.compare a b >= 0 then a else b
  let min a b = if O.compare a b <= 0 then a else b
  let between lo hi x = O.compare lo x <= 0 && O.compare x hi <= 0
end

module Version = struct
  type t = int * int * int
  let compare = compare
  include Extend (struct type t = int * int * int let compare = compare end)
  let to_string (a, b, c) = Printf.sprintf "%d.%d.%d" a b c
end

let newest = Version.max (4, 13, 1) (4, 14, 0)
let supported = Version.between (4, 8, 0) (5, 0, 0)

let () =
  print_endline (Version.to_string newest);
  Printf.printf "%b %b\n" (supported (4, 13, 1)) (supported (5, 1, 0))
