module type S = sig type t end
module F (X : S = struct
  type t = X.t
end
