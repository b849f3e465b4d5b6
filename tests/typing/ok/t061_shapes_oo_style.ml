(* Records of closures as a lightweight object encoding *)
type shape = {
  name : string;
  area : unit -> float;
  perimeter : unit -> float;
  scale : float -> shape;
}

let rec circle r = {
  name = "circle";
  area = (fun () -> 3.14159 *. r *. r);
  perimeter = (fun () -> 2.0 *. 3.14159 *. r);
  scale = (fun k -> circle (k *. r));
}

let rec rectangle w h = {
  name = "rectangle";
  area = (fun () -> w *. h);
  perimeter = (fun () -> 2.0 *. (w +. h));
  scale = (fun k -> rectangle (k *. w) (k *. h));
}

let describe s = Printf.sprintf "%s: area %.2f, perimeter %.2f" s.name (s.area ()) (s.perimeter ())
let total_area shapes = List.fold_left (fun acc s -> acc +. s.area ()) 0.0 shapes

let () =
  let shapes = [circle 1.0; rectangle 2.0 3.0; (circle 1.0).scale 2.0] in
  List.iter (fun s -> print_endline (describe s)) shapes;
  Printf.printf "%.2f\n" (total_area shapes)
