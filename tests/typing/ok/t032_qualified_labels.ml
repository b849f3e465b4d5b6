(* Qualified labels and constructors from modules *)
module Shape = struct
  type t = Circle of float | Rect of float * float
  type info = { kind : string; area : float }
  let info = function
    | Circle r -> { kind = "circle"; area = 3.14 *. r *. r }
    | Rect (w, h) -> { kind = "rect"; area = w *. h }
end

let shapes = [Shape.Circle 1.0; Shape.Rect (2.0, 3.0)]
let kinds = List.map (fun s -> (Shape.info s).Shape.kind) shapes
let areas = List.map (fun s -> let i = Shape.info s in i.area) shapes
let big (i : Shape.info) = i.area > 5.0

let square s : Shape.t = Rect (s, s)
let is_circle = function Shape.Circle _ -> true | Shape.Rect _ -> false
let make_info k a = { Shape.kind = k; area = a }

let () =
  List.iter print_endline kinds;
  List.iter (Printf.printf "%.2f\n") areas;
  Printf.printf "%b %b\n" (big (Shape.info (square 3.0))) (is_circle (square 1.0));
  ignore (make_info "x" 1.0)
