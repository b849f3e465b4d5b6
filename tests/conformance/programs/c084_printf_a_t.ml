(* status: 0 *)
(* %a and %t: user printers passed to Printf. *)
type point = { x : int; y : int }
let pp_point oc p = Printf.fprintf oc "(%d, %d)" p.x p.y
let pp_list pp oc l =
  output_string oc "[";
  List.iteri (fun i v -> if i > 0 then output_string oc "; "; pp oc v) l;
  output_string oc "]"
let pp_int oc n = Printf.fprintf oc "%d" n
let stars oc = output_string oc "***"

let bpp_point b p = Printf.bprintf b "<%d|%d>" p.x p.y

let () =
  Printf.printf "p = %a\n" pp_point { x = 1; y = -2 };
  Printf.printf "l = %a\n" (pp_list pp_int) [1; 2; 3];
  Printf.printf "pts = %a\n" (pp_list pp_point) [{ x = 0; y = 0 }; { x = 5; y = 6 }];
  Printf.printf "%t middle %t\n" stars stars;
  Printf.printf "nested %a and %a\n" (pp_list (pp_list pp_int)) [[1]; []; [2; 3]] pp_int 99;
  let b = Buffer.create 16 in
  Printf.bprintf b "buf %a %t" bpp_point { x = 3; y = 4 } (fun b -> Buffer.add_string b "end");
  print_endline (Buffer.contents b);
  let s = Printf.sprintf "%a|%t" (fun () s -> String.uppercase_ascii s) "shout" (fun () -> "thunk") in
  print_endline s
