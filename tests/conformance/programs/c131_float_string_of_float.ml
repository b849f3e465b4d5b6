(* status: 0 *)
(* string_of_float and print_float on many values (OCaml's %.12g plus a dot). *)
let () =
  List.iter (fun x -> Printf.printf "%s\n" (string_of_float x))
    [0.0; -0.0; 1.0; -1.0; 0.5; 0.1; 1.0 /. 3.0; 2.0 /. 3.0; 100.0; 1e15; 1e16; 1e17; 123456789012.0;
     1234567890123.0; 1e-4; 1e-5; 1.5e-10; 3.14159265358979; 6.02214076e23; 1.7976931348623157e308;
     5e-324; infinity; neg_infinity; nan; 0.30000000000000004; 1e100; 2.5e-3; 12345.6789];
  print_float 2.0; print_newline ();
  print_float (-0.25); print_newline ();
  print_float (sqrt 2.0); print_newline ()

let () =
  let x = ref 1.0 in
  for _ = 1 to 8 do
    x := !x *. 7.3;
    print_string (string_of_float !x ^ " ")
  done;
  print_newline ()
