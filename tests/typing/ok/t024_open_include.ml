(* open and include *)
module Base = struct
  type shape = Circle of float | Square of float
  let area = function Circle r -> 3.14159 *. r *. r | Square s -> s *. s
  let name = function Circle _ -> "circle" | Square _ -> "square"
end

module Extended = struct
  include Base
  let perimeter = function Circle r -> 2. *. 3.14159 *. r | Square s -> 4. *. s
  let describe s = Printf.sprintf "%s: %.2f" (name s) (area s)
end

open Extended

let shapes = [Circle 1.0; Square 2.0]
let total_area = List.fold_left (fun acc s -> acc +. area s) 0. shapes
let perimeters = List.map perimeter shapes

let () =
  List.iter (fun s -> print_endline (describe s)) shapes;
  Printf.printf "%.2f %d\n" total_area (List.length perimeters)
