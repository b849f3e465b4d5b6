module type T = sig type t val v : t val show : t -> string end
module Pair (A : T) (B : T) = struct
  let show () = "(" ^ A.show A.v ^ ", " ^ B.show B.v ^ ")"
end
module I = struct type t = int let v = 1 let show = string_of_int end
module S = struct type t = string let v = "s" let show s = s end
module P = Pair (I) (S)
module Twice (F : sig val f : int -> int end) = struct let g x = F.f (F.f x) end
module G = Twice (struct let f x = x + 3 end)
module Counter () = struct let r = ref 0 let next () = incr r; !r end
module C1 = Counter ()
module C2 = Counter ()
let () =
  print_endline (P.show ());
  print_int (G.g 1); print_newline ();
  ignore (C1.next ()); ignore (C1.next ());
  Printf.printf "%d %d\n" (C1.next ()) (C2.next ())
