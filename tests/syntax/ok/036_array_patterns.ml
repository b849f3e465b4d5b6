(* Array patterns [| ... |]. *)
let describe = function
  | [||] -> "empty"
  | [| x |] -> "single " ^ string_of_int x
  | [| x; y |] -> Printf.sprintf "pair %d %d" x y
  | [| _; _; z |] -> "triple ending " ^ string_of_int z
  | a -> "length " ^ string_of_int (Array.length a)

let rgb = function
  | [| r; g; b |] when r = g && g = b -> "grey"
  | [| 255; 0; 0 |] -> "red"
  | [| _; _; _ |] -> "colour"
  | _ -> "not rgb"

let () =
  List.iter (fun a -> print_endline (describe a))
    [ [||]; [| 1 |]; [| 1; 2 |]; [| 1; 2; 3 |]; Array.make 5 0 ];
  List.iter (fun a -> print_endline (rgb a))
    [ [| 9; 9; 9 |]; [| 255; 0; 0 |]; [| 1; 2; 3 |]; [| 1 |] ]
