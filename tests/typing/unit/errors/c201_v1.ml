module type S = sig type t end
module F (X : SS) = struct end
