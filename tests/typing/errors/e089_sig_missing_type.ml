module type STORE = sig
  type key
  type value
  val get : key -> value option
end

module S : STORE = struct
  type key = string
  let get (_ : key) = None
end
