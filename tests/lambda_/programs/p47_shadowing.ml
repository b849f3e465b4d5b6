let x = 1
let f () = x
let x = 2
let g () = x
let x = x + 10
module M = struct let y = 1 let y = y + 1 let z = y end
let () = Printf.printf "%d %d %d %d %d\n" (f ()) (g ()) x M.y M.z
