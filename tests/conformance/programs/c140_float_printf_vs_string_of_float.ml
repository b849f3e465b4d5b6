(* status: 0 *)
(* Comparing the different float printers on the same values. *)
let () =
  let vals = [1.0; 0.1; 123.456; 1e21; 1e-7; 2.0 ** 53.0; -3.0e-3; 7.0 /. 3.0] in
  List.iter (fun x ->
    Printf.printf "%s | %F | %g | %.12g | %.17g | %f\n" (string_of_float x) x x x x x) vals;
  print_endline (Float.to_string 0.1);
  Printf.printf "%s %s\n" (string_of_float (float_of_string "1e23")) (Printf.sprintf "%.0f" 1e23);
  Printf.printf "%.3f %.3f\n" (Float.pi) (-. Float.pi);
  Printf.printf "%s\n" (string_of_float (Float.pred 1.0));
  Printf.printf "%s\n" (string_of_float 1e300 ^ " " ^ string_of_float (1e300 *. 1e10))

let () =
  for i = 0 to 6 do
    let x = 10.0 ** float i +. 0.5 in
    Printf.printf "%s %g\n" (string_of_float x) x
  done
