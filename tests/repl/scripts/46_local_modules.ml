let x = let module M = struct let y = 5 end in M.y;;
let open List in length [1; 2];;
List.(map succ [1; 2]);;
