(* status: 0 *)
(* Float conversions %f %F %e %E %g %G %h with precisions and flags. *)
let () =
  List.iter (fun x ->
    Printf.printf "%f | %F | %e | %E | %g | %G\n" x x x x x x)
    [0.0; 1.0; -1.5; 3.14159265358979; 1e10; 1.5e-7; 123456789.0; 0.1; 100.0; 1e22];
  Printf.printf "[%.0f] [%.1f] [%.10f] [%12.4f] [%-12.4f|] [%012.4f]\n" 2.5 2.45 (1.0 /. 3.0) 3.14159 3.14159 (-3.14159);
  Printf.printf "[%.2e] [%.0e] [%15.3E] [%+.3e]\n" 12345.678 9.9 0.000123 1.0;
  Printf.printf "[%.3g] [%.10g] [%#g] [%g] [%g]\n" 1234567.0 (1.0 /. 3.0) 1.0 1e-5 123456.0;
  Printf.printf "[%h] [%h] [%h] [%H] [%h]\n" 1.0 0.1 (-2.5) 255.5 0.0;
  Printf.printf "[%.3h] [%h]\n" 3.14159 1e-320;
  Printf.printf "[%f] [%F] [%e] [%g]\n" infinity neg_infinity nan (-0.0);
  Printf.printf "[%F] [%F] [%F] [%F]\n" 1e100 1.25 (-0.0) 12.;
  Printf.printf "[%+f] [% f] [%+.2F]\n" 1.0 1.0 2.0;
  Printf.printf "[%*.*f] [%.*e]\n" 10 3 2.0 2 31415.9
