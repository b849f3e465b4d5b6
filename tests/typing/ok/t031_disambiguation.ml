(* Type-directed disambiguation of labels and constructors *)
type circle = { radius : float; name : string }
type square = { side : float; name : string }

type direction = Up | Down | Left | Right
type key = Up | Down | Enter

let circle_name (c : circle) = c.name
let square_name (s : square) = s.name
let make_circle r : circle = { radius = r; name = "circle" }
let area_of_circle { radius; _ } = 3.14 *. radius *. radius

let move (d : direction) (x, y) =
  match d with
  | Up -> (x, y - 1)
  | Down -> (x, y + 1)
  | Left -> (x - 1, y)
  | Right -> (x + 1, y)

let is_enter (k : key) = match k with Enter -> true | Up | Down -> false
let default_key = Up
let default_direction : direction = Up

let () =
  let c = make_circle 2.0 in
  print_endline (circle_name c);
  print_endline (square_name { side = 1.0; name = "sq" });
  let (x, y) = move Left (0, 0) in
  Printf.printf "%d %d %b %.2f\n" x y (is_enter default_key) (area_of_circle c);
  ignore (move default_direction (x, y))
