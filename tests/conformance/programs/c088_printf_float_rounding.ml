(* status: 0 *)
(* Rounding behaviour of %f/%e/%g at halfway points and large/small values. *)
let () =
  List.iter (fun x -> Printf.printf "%.0f %.1f %.2f %.3f\n" x x x x)
    [0.5; 1.5; 2.5; 0.125; 0.375; 1.005; 2.675; -0.5; -1.5; 999.9995];
  List.iter (fun x -> Printf.printf "%e %.15e %.17g\n" x x x)
    [0.1; 1.0 /. 3.0; 2.0 /. 3.0; 1e-300; 1.7976931348623157e308; 5e-324; 4.9e-324];
  List.iter (fun x -> Printf.printf "%g %G %.1g %.20g\n" x x x x)
    [1e-4; 1e-5; 123456.0; 1234567.0; 0.0001234; 1e15; 1e16; 100.0]
let () =
  for i = 0 to 10 do
    let x = float_of_int i /. 8.0 in
    Printf.printf "%.2f %.1e %g|" x x x
  done;
  print_newline ();
  List.iter (fun x -> Printf.printf "%.3f %.3e\n" x x) [0.0005; 0.0015; 1e-10; 123.4565]
