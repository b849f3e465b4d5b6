(* Collision tests between shapes. *)
let circles_overlap (c1, r1) (c2, r2) = Vec.dist c1 c2 <= r1 +. r2

let overlap s1 s2 =
  match (s1, s2) with
  | (Shapes.Circle (c1, r1), Shapes.Circle (c2, r2)) -> circles_overlap (c1, r1) (c2, r2)
  | _ ->
    (match (Shapes.bbox s1, Shapes.bbox s2) with
     | (Some a, Some b) -> Bbox.intersects a b
     | _ -> false)

let all_pairs l =
  let rec go acc = function
    | [] -> acc
    | x :: rest -> go (List.fold_left (fun acc y -> (x, y) :: acc) acc rest) rest
  in
  List.rev (go [] l)

let colliding shapes = List.filter (fun (a, b) -> overlap a b) (all_pairs shapes)
