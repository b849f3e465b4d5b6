(* Float computations: Newton's method, integration, rounding. *)
let newton_sqrt x =
  let rec go guess n =
    if n = 0 then guess else go ((guess +. x /. guess) /. 2.) (n - 1) in
  go (x /. 2.) 20

let integrate f a b n =
  let h = (b -. a) /. float_of_int n in
  let sum = ref 0. in
  for i = 0 to n - 1 do
    let x = a +. (float_of_int i +. 0.5) *. h in
    sum := !sum +. f x
  done;
  !sum *. h

let pi = 4.0 *. atan 1.0

let () =
  Printf.printf "%.6f\n" (newton_sqrt 2.);
  Printf.printf "%.4f\n" (integrate (fun x -> x *. x) 0. 3. 1000);
  Printf.printf "%.5f\n" pi;
  Printf.printf "%g %g %g\n" (floor 2.7) (ceil 2.1) (Float.round 2.5);
  Printf.printf "%d %d\n" (int_of_float 3.99) (truncate (-3.99));
  Printf.printf "%b %b\n" (1. /. 0. = infinity) (classify_float nan = FP_nan);
  Printf.printf "%g\n" (2. ** 10. -. 1e3 +. 1.5e-1)
