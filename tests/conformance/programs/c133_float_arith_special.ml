(* status: 0 *)
(* IEEE special values: nan comparisons, infinities, signed zero. *)
let () =
  let n = nan and i = infinity and z = 0.0 and nz = -0.0 in
  Printf.printf "nan=nan %b, nan<>nan %b, nan<1 %b, compare nan nan %d\n" (n = n) (n <> n) (n < 1.0) (compare n n);
  Printf.printf "compare nan 1 %d, compare 1 nan %d\n" (compare n 1.0) (compare 1.0 n);
  Printf.printf "i+i %F, i-i %F, i*0 %F, 1/i %F\n" (i +. i) (i -. i) (i *. 0.0) (1.0 /. i);
  Printf.printf "z=nz %b, 1/z %F, 1/nz %F\n" (z = nz) (1.0 /. z) (1.0 /. nz);
  Printf.printf "min nan 1: %F, max 1 nan: %F\n" (min n 1.0) (max 1.0 n);
  Printf.printf "Float.min nan 1: %F\n" (Float.min n 1.0);
  Printf.printf "classify: %s %s %s %s %s\n"
    (match classify_float 1.0 with FP_normal -> "normal" | _ -> "?")
    (match classify_float 1e-310 with FP_subnormal -> "subnormal" | _ -> "?")
    (match classify_float 0.0 with FP_zero -> "zero" | _ -> "?")
    (match classify_float i with FP_infinite -> "infinite" | _ -> "?")
    (match classify_float n with FP_nan -> "nan" | _ -> "?");
  Printf.printf "%F %F %F\n" max_float min_float epsilon_float;
  Printf.printf "%b %b\n" (Float.is_integer 3.0) (Float.is_finite i);
  Printf.printf "%F %F %F\n" (Float.of_int max_int) (float_of_int min_int) (Float.succ 1.0);
  Printf.printf "%d %d %d\n" (int_of_float 3.99) (int_of_float (-3.99)) (truncate 1e10);
  Printf.printf "%F %F\n" (Float.copy_sign 3.0 (-0.0)) (Float.neg 0.0)
