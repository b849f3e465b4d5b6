(* status: 0 *)
(* Math library functions printed with %.10g. *)
let () =
  let p name f = Printf.printf "%-8s %.10g\n" name f in
  p "sqrt" (sqrt 2.0); p "exp" (exp 1.0); p "log" (log 10.0); p "log10" (log10 1000.0);
  p "sin" (sin 1.0); p "cos" (cos 1.0); p "tan" (tan 1.0); p "atan" (atan 1.0);
  p "atan2" (atan2 1.0 (-1.0)); p "asin" (asin 0.5); p "acos" (acos 0.5);
  p "sinh" (sinh 1.0); p "cosh" (cosh 1.0); p "tanh" (tanh 0.5);
  p "pow" (2.0 ** 0.5); p "pow2" (2.0 ** 62.0); p "expm1" (expm1 1e-10); p "log1p" (log1p 1e-10);
  p "hypot" (hypot 3.0 4.0); p "ceil" (ceil 2.1); p "floor" (floor (-2.1));
  p "round" (Float.round 2.5); p "round-" (Float.round (-2.5)); p "trunc" (Float.trunc (-2.7));
  p "mod" (mod_float 7.5 2.0); p "mod-" (mod_float (-7.5) 2.0); p "rem" (Float.rem 7.5 (-2.0));
  let (fr, ex) = frexp 12.0 in
  Printf.printf "frexp %g %d ldexp %g\n" fr ex (ldexp 0.75 4);
  let (f, i) = modf 3.75 in
  Printf.printf "modf %g %g\n" f i;
  Printf.printf "abs %g %g\n" (abs_float (-3.5)) (Float.abs 2.0);
  Printf.printf "fma %g cbrt %g\n" (Float.fma 2.0 3.0 1.0) (Float.cbrt 27.0)
