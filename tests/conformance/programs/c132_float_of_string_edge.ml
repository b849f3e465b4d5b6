(* status: 0 *)
(* float_of_string accepted and rejected forms. *)
let test s =
  match float_of_string_opt s with
  | Some f -> Printf.printf "%-16S -> %h (%s)\n" s f (string_of_float f)
  | None -> Printf.printf "%-16S -> None\n" s

let () =
  List.iter test
    ["0"; "1"; "-1"; "+1.5"; "1."; ".5"; "1e3"; "1E-3"; "1.5e+2"; "0x1p4"; "0x1.8p1"; "0xA";
     "inf"; "-inf"; "infinity"; "nan"; "NaN"; "1_000.5"; "1e"; ""; " 1"; "1 "; "abc"; "1.2.3";
     "-0"; "1e400"; "1e-400"; "0.000001"; "123456789012345678901234567890"];
  Printf.printf "%b\n" (float_of_string "0.1" +. float_of_string "0.2" = 0.3);
  Printf.printf "%b\n" (Float.abs (float_of_string "0.1" +. 0.2 -. 0.3) < epsilon_float)

let () =
  List.iter (fun s -> Printf.printf "%s " (string_of_float (float_of_string s))) ["2.5"; "-1e-2"; "0x10"];
  print_newline ()
