(* Integer operations: division and modulo signs, overflow, min/max. *)
let () =
  Printf.printf "%d %d\n" (7 / 2) (-7 / 2);
  Printf.printf "%d %d\n" (7 mod 2) (-7 mod 2);
  Printf.printf "%d %d\n" (7 mod -2) (-7 mod -2);
  Printf.printf "%b\n" (max_int + 1 = min_int);
  Printf.printf "%d %d\n" (min 3 (-3)) (max 3 (-3));
  Printf.printf "%d %d\n" (abs (-17)) (abs 17);
  Printf.printf "%d\n" (succ (pred 10));
  Printf.printf "%d\n" (int_of_string "0x1F" + int_of_string "0b101" + int_of_string "0o17");
  Printf.printf "%s\n" (string_of_int (-0));
  Printf.printf "%d\n" (1 lsl 62 - 1 = max_int |> Bool.to_int);
  Printf.printf "%d\n" (-1 asr 10)
