(* Nested let-in and shadowing *)
let compute x =
  let y = x * 2 in
  let z = y + 1 in
  let y = z * z in
  y - x

let quadratic a b c =
  let delta = b *. b -. 4.0 *. a *. c in
  if delta < 0.0 then None
  else
    let sq = sqrt delta in
    let r1 = (-. b +. sq) /. (2.0 *. a) and r2 = (-. b -. sq) /. (2.0 *. a) in
    Some (r1, r2)

let describe n =
  let kind = if n mod 2 = 0 then "even" else "odd" in
  let size = if abs n > 100 then "large" else "small" in
  size ^ " " ^ kind

let () =
  Printf.printf "%d\n" (compute 3);
  (match quadratic 1.0 (-3.0) 2.0 with Some (a, b) -> Printf.printf "%.1f %.1f\n" a b | None -> ());
  print_endline (describe (-101))
