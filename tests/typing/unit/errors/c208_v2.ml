module M = struct let f x = x + "a" end
