(* Module types and modules printed back *)
module type PRINTABLE = sig
  type t
  val to_string : t -> string
end

module type COMPARABLE = sig
  include PRINTABLE
  val compare : t -> t -> int
end

module IntP : PRINTABLE with type t = int = struct
  type t = int
  let to_string = string_of_int
end

module Pair (A : PRINTABLE) (B : PRINTABLE) = struct
  type t = A.t * B.t
  let to_string (a, b) = "(" ^ A.to_string a ^ ", " ^ B.to_string b ^ ")"
end

module StrP = struct
  type t = string
  let to_string s = s
end

module IS = Pair (IntP) (StrP)

let () = print_endline (IS.to_string (1, "one"))
