(* Axis-aligned bounding boxes. *)
type t = { min : Vec.t; max : Vec.t }

let of_points = function
  | [] -> None
  | (p : Vec.t) :: rest ->
    let lo = List.fold_left (fun (acc : Vec.t) (q : Vec.t) -> Vec.make (min acc.x q.x) (min acc.y q.y)) p rest in
    let hi = List.fold_left (fun (acc : Vec.t) (q : Vec.t) -> Vec.make (max acc.x q.x) (max acc.y q.y)) p rest in
    Some { min = lo; max = hi }

let union a b =
  { min = Vec.make (min a.min.x b.min.x) (min a.min.y b.min.y);
    max = Vec.make (max a.max.x b.max.x) (max a.max.y b.max.y) }

let width b = b.max.x -. b.min.x
let height b = b.max.y -. b.min.y
let area b = width b *. height b

let contains b (p : Vec.t) =
  p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y

let intersects a b =
  not (a.max.x < b.min.x || b.max.x < a.min.x || a.max.y < b.min.y || b.max.y < a.min.y)
