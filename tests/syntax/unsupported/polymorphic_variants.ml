(* Polymorphic variants `A are not supported by robur. *)
let color_name = function
  | `Red -> "red"
  | `Green -> "green"
  | `Rgb (r, g, b) -> Printf.sprintf "#%02x%02x%02x" r g b

let () =
  List.iter (fun c -> print_endline (color_name c)) [`Red; `Green; `Rgb (255, 128, 0)]
