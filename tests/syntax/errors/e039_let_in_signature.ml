module type S = sig
  type t
  let default = 0
end
