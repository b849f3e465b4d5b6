(* status: 0 *)
(* A user-defined functor over a signature with a type and operations. *)
module type MONOID = sig
  type t
  val empty : t
  val combine : t -> t -> t
  val show : t -> string
end

module Fold (M : MONOID) = struct
  let concat l = List.fold_left M.combine M.empty l
  let power x n = let rec go acc n = if n = 0 then acc else go (M.combine acc x) (n - 1) in go M.empty n
  let describe l = Printf.sprintf "concat of %d = %s" (List.length l) (M.show (concat l))
end

module Sum = Fold (struct type t = int let empty = 0 let combine = ( + ) let show = string_of_int end)
module Str = Fold (struct type t = string let empty = "" let combine = ( ^ ) let show s = "\"" ^ s ^ "\"" end)
module MaxM = Fold (struct type t = int let empty = min_int let combine = max let show = string_of_int end)
module Pair (A : MONOID) (B : MONOID) = struct
  type t = A.t * B.t
  let empty = (A.empty, B.empty)
  let combine (a, b) (c, d) = (A.combine a c, B.combine b d)
  let show (a, b) = "(" ^ A.show a ^ ", " ^ B.show b ^ ")"
end
module IntM = struct type t = int let empty = 0 let combine = ( + ) let show = string_of_int end
module StrM = struct type t = string let empty = "" let combine = ( ^ ) let show s = s end
module PF = Fold (Pair (IntM) (StrM))

let () =
  print_endline (Sum.describe [1; 2; 3; 4]);
  print_endline (Str.describe ["a"; "b"; "c"]);
  print_endline (MaxM.describe [3; 9; 2]);
  Printf.printf "%d %s\n" (Sum.power 7 6) (Str.power "ab" 3);
  print_endline (PF.describe [(1, "x"); (2, "y"); (3, "z")])
