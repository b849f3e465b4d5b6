module type S = sig val x : int end
module M : S = struct let x = 1.0 end
