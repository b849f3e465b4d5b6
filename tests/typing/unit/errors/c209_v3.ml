module F (X : sig val n : int end) = struct let m = X.n ^ "" end
