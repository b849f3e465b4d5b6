(* Labeled arguments ~x are not supported by robur. *)
let rectangle_area ~width ~height = width * height

let () =
  Printf.printf "%d\n" (rectangle_area ~width:3 ~height:4);
  let height = 5 and width = 2 in
  Printf.printf "%d\n" (rectangle_area ~height ~width)
