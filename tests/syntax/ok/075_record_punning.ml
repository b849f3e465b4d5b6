(* Field punning in expressions and patterns, with qualified fields. *)
module Geo = struct
  type pt = { lat : float; lon : float }
end

type user = { id : int; name : string; admin : bool }

let make id name = let admin = id = 0 in { id; name; admin }

let show { id; name; admin } =
  Printf.sprintf "#%d %s%s" id name (if admin then " (admin)" else "")

let rename u name = { u with name }

let at lat lon = { Geo.lat; lon }
let lat_of { Geo.lat; _ } = lat

let () =
  print_endline (show (make 0 "root"));
  print_endline (show (rename (make 7 "old") "new"));
  let p = at 51.5 (-0.12) in
  Printf.printf "%g %g\n" (lat_of p) p.Geo.lon;
  let { id = i; name = _; admin } = make 3 "x" in
  Printf.printf "%d %b\n" i admin
