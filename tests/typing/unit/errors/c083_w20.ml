module M = struct let x = 1 end
module N : sig val x : string end = M
