module type T = sig type t val x : t end
module M : T = struct type t = int end
