module IntOrd : ORDERED = struct
  type t = int
  let compare = compare
end
