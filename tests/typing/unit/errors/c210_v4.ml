module M = struct type t = A end
let x : M.u = M.A
