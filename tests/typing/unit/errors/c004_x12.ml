module M = struct type t = A end let y = M.B
