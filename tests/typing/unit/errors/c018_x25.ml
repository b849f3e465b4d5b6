module type S = sig val x : int end module M : S = struct let y = 1 end
