module M = struct let x = 1 end
module N = M.P
