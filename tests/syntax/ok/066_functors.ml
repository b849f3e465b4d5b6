(* Functors: definition, application F (M), anonymous struct arguments. *)
module type SHOW = sig
  type t
  val show : t -> string
end

module ListShow (X : SHOW) = struct
  type t = X.t list
  let show l = "[" ^ String.concat "; " (List.map X.show l) ^ "]"
end

module IntShow = struct
  type t = int
  let show = string_of_int
end

module PairShow (A : SHOW) (B : SHOW) = struct
  type t = A.t * B.t
  let show (a, b) = "(" ^ A.show a ^ ", " ^ B.show b ^ ")"
end

module IntList = ListShow (IntShow)
module IntListList = ListShow (ListShow (IntShow))
module BoolShow = struct type t = bool let show = string_of_bool end
module Mixed = PairShow (IntShow) (BoolShow)
module Strings = ListShow (struct
    type t = string
    let show s = "\"" ^ s ^ "\""
  end)

module Twice (X : SHOW) = struct
  let show2 x = X.show x ^ X.show x
end

module T = Twice (IntShow)

let () =
  print_endline (IntList.show [1; 2; 3]);
  print_endline (IntListList.show [[1]; []; [2; 3]]);
  print_endline (Mixed.show (4, true));
  print_endline (Strings.show ["a"; "b"]);
  print_endline (T.show2 7)
