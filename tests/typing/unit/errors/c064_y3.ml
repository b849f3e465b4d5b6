module F (X : sig val x : int end) = struct let y = X.x end
module G = F (struct let x = "a" end)
