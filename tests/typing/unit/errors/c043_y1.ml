module type S = sig type t val f : t -> int end
module M : S = struct type t = string let f = String.length end
let x = M.f "a"
