(* User-defined infix operators *)
type vec = { x : float; y : float }

let ( +| ) a b = { x = a.x +. b.x; y = a.y +. b.y }
let ( *| ) k v = { x = k *. v.x; y = k *. v.y }
let ( =~ ) a b = Float.abs (a -. b) < 1e-6
let ( <?> ) o d = match o with Some x -> x | None -> d
let ( %% ) a b = ((a mod b) + b) mod b
let ( >> ) f g x = g (f x)
let ( ++ ) = ( @ )
let ( !! ) r = !r * 2

let () =
  let v = 2.0 *| ({ x = 1.0; y = 2.0 } +| { x = 0.5; y = 0.5 }) in
  Printf.printf "%.1f %.1f %b\n" v.x v.y (0.1 +. 0.2 =~ 0.3);
  Printf.printf "%d %d %d\n" (None <?> 5) ((-7) %% 3) ((succ >> succ) 1);
  Printf.printf "%d %d\n" (List.length ([1] ++ [2; 3])) !!(ref 21)
