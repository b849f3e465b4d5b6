(* Nested structures *)
module Geometry = struct
  type point = { x : float; y : float }

  module Vector = struct
    let add a b = { x = a.x +. b.x; y = a.y +. b.y }
    let scale k a = { x = k *. a.x; y = k *. a.y }
    let zero = { x = 0.; y = 0. }
  end

  let midpoint a b = Vector.scale 0.5 (Vector.add a b)
end

module Util = struct
  let clamp lo hi x = if x < lo then lo else if x > hi then hi else x
  module Strings = struct
    let repeat n s = String.concat "" (List.init n (fun _ -> s))
  end
end

let p = Geometry.midpoint { Geometry.x = 0.; y = 0. } { Geometry.x = 2.; y = 4. }
let banner = Util.Strings.repeat 3 "=-"

let () =
  Printf.printf "%.1f %.1f\n" p.Geometry.x p.Geometry.y;
  print_endline banner;
  print_int (Util.clamp 0 10 42);
  print_newline ()
