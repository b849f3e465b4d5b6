module M : sig val x : int end = struct let x = 1 let y = 2 end
let z = M.y
