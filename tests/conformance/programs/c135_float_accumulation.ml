(* status: 0 *)
(* Floating-point accumulation order matters; Kahan summation. *)
let () =
  let n = 1_000_000 in
  let naive = ref 0.0 in
  for _ = 1 to n do naive := !naive +. 0.1 done;
  Printf.printf "naive %.17g\n" !naive;
  let sum = ref 0.0 and c = ref 0.0 in
  for _ = 1 to n do
    let y = 0.1 -. !c in
    let t = !sum +. y in
    c := (t -. !sum) -. y;
    sum := t
  done;
  Printf.printf "kahan %.17g\n" !sum;
  let fwd = ref 0.0 and bwd = ref 0.0 in
  for i = 1 to 100_000 do fwd := !fwd +. 1.0 /. float i done;
  for i = 100_000 downto 1 do bwd := !bwd +. 1.0 /. float i done;
  Printf.printf "harmonic fwd %.17g\nharmonic bwd %.17g\n" !fwd !bwd;
  let pi = ref 0.0 in
  for k = 0 to 999_999 do
    pi := !pi +. (if k mod 2 = 0 then 1.0 else -1.0) /. float (2 * k + 1)
  done;
  Printf.printf "leibniz pi %.12f\n" (4.0 *. !pi);
  Printf.printf "%.17g %.17g\n" (0.1 +. 0.2 +. 0.3) (0.3 +. 0.2 +. 0.1)
