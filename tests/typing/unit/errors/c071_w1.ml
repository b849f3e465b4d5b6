module M : sig type t val v : t end = struct type t = int let v = 1 end
let x = M.v + 1
