module M = struct type t = A | B end
let f = function M.A -> 1 | M.C -> 2
