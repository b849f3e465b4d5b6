module IntSet = Set.Make (struct
  type t = int
end)
