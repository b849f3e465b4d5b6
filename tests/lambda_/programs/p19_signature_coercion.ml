module type S = sig
  val b : int
  val a : int
  val f : int -> int
end
module Impl = struct
  let a = 1
  let hidden = 100
  let b = 2
  let f x = x + hidden
end
module C : S = Impl
module D = (Impl : S)
let () =
  Printf.printf "%d %d %d\n" C.a C.b (C.f 1);
  Printf.printf "%d %d %d\n" D.a D.b (D.f 2)
