(* A realistic module with a single mistake far down. *)
type shape = Circle of float | Rect of float * float

let area = function
  | Circle r -> 3.14159 *. r *. r
  | Rect (w, h) -> w *. h

let perimeter = function
  | Circle r -> 2. *. 3.14159 *. r
  | Rect (w, h) -> 2. *. (w +. h)

let describe s =
  Printf.sprintf "area %.2f, perimeter %.2f" (area s) (perimeter s)

let shapes = [Circle 1.; Rect (2., 3.); Circle 0.5]

let largest =
  List.fold_left (fun best s ->
      match best with
      | None -> Some s
      | Some b -> if area s > area b then Some s else best)
    None shapes

let () =
  List.iter (fun s -> print_endline (describe s)) shapes;
  match largest with
  | Some s -> print_endline ("largest: " ^ describe s)
  | None -> print_endline "no shapes"

let scale k = function
  | Circle r -> Circle (k *. r)
  | Rect (w, h) -> Rect (k *. w, k *. h

let () = List.iter (fun s -> print_endline (describe (scale 2. s))) shapes
