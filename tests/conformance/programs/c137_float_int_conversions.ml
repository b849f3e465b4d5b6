(* status: 0 *)
(* Conversions between ints and floats, rounding to nearest, Int64 bits. *)
let () =
  List.iter (fun f -> Printf.printf "%g -> int %d, round %g, ceil %g, floor %g\n" f (int_of_float f) (Float.round f) (ceil f) (floor f))
    [0.5; 1.5; -0.5; -1.5; 2.4999; 1e15 +. 0.5; -7.0];
  Printf.printf "%Lx\n" (Int64.bits_of_float 1.0);
  Printf.printf "%Lx\n" (Int64.bits_of_float (-0.0));
  Printf.printf "%g\n" (Int64.float_of_bits 0x4009_21FB_5444_2D18L);
  Printf.printf "%ld\n" (Int32.bits_of_float 1.0);
  Printf.printf "%g\n" (Int32.float_of_bits 0x40490FDBl);
  Printf.printf "%d %d\n" (Float.to_int 1e18) (Float.to_int (-1e18));
  Printf.printf "%F %F\n" (Float.of_string "2.5") (float 7);
  Printf.printf "%s\n" (Float.to_string 1e21);
  let big = 9007199254740993 in
  Printf.printf "%d -> %.0f -> %d\n" big (float big) (int_of_float (float big));
  Printf.printf "%b\n" (float (max_int / 2) = float (max_int / 2 + 1))
