(* Functors applied to functor results *)
module type S = sig type t val show : t -> string end

module ListOf (X : S) = struct
  type t = X.t list
  let show l = "[" ^ String.concat "; " (List.map X.show l) ^ "]"
end

module OptionOf (X : S) = struct
  type t = X.t option
  let show = function None -> "None" | Some x -> "Some " ^ X.show x
end

module Int_ = struct type t = int let show = string_of_int end
module IntList = ListOf (Int_)
module OptIntList = OptionOf (IntList)
module ListOptIntList = ListOf (OptionOf (IntList))

let () =
  print_endline (OptIntList.show (Some [1; 2]));
  print_endline (ListOptIntList.show [None; Some [3]])
