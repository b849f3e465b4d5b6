module type S = sig val f : int -> int end
module F (X : S) = struct let g = X.f 1 end
module A = F (struct let f x = x ^ "" end)
