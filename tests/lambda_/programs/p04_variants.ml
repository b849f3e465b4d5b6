type color = Red | Green | Blue
type shape = Circle of float | Rect of float * float | Empty | Tri of int * int * int
let name = function Red -> "red" | Green -> "green" | Blue -> "blue"
let area = function
  | Circle r -> 3.0 *. r *. r
  | Rect (w, h) -> w *. h
  | Empty -> 0.0
  | Tri (a, b, c) -> float_of_int (a + b + c)
let () =
  List.iter (fun c -> print_endline (name c)) [Red; Green; Blue];
  List.iter (fun s -> print_float (area s); print_newline ())
    [Circle 1.0; Rect (2.0, 3.0); Empty; Tri (1, 2, 3)]
