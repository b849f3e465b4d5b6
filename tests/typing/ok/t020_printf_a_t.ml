(* %a and %t conversions *)
type point = { x : int; y : int }

let pp_point oc p = Printf.fprintf oc "(%d, %d)" p.x p.y
let pp_list pp oc l = List.iter (fun x -> Printf.fprintf oc "%a;" pp x) l
let print_point p = Printf.printf "point: %a\n" pp_point p
let show_point p = Printf.sprintf "%a" (fun () p -> Printf.sprintf "<%d,%d>" p.x p.y) p
let with_header f = Printf.printf "== %t ==\n" f
let emit oc = output_string oc "body"
let buf_point b p = Printf.bprintf b "%d/%d" p.x p.y

let () =
  print_point { x = 1; y = 2 };
  Printf.printf "%a\n" (pp_list pp_point) [{ x = 0; y = 0 }; { x = 3; y = 4 }];
  print_endline (show_point { x = 5; y = 6 });
  with_header emit;
  let b = Buffer.create 16 in
  buf_point b { x = 7; y = 8 };
  print_endline (Buffer.contents b)
