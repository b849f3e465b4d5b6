module M = struct end
let x = M.y
