module type T = sig type t val make : int -> t val get : t -> int end;;
module Impl : T = struct type t = int let make x = x let get x = x end;;
Impl.make 3;;
Impl.get (Impl.make 4);;
