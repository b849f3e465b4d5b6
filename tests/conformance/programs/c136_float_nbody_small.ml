(* status: 0 *)
(* A small n-body simulation: float records, 10^4 steps. *)
type body = { mutable x : float; mutable y : float; mutable vx : float; mutable vy : float; m : float }

let bodies = [| { x = 0.; y = 0.; vx = 0.; vy = 0.; m = 1000. };
                { x = 10.; y = 0.; vx = 0.; vy = 10.; m = 1. };
                { x = -20.; y = 0.; vx = 0.; vy = -7.; m = 2. };
                { x = 0.; y = 30.; vx = 5.5; vy = 0.; m = 0.5 } |]

let energy () =
  let e = ref 0.0 in
  Array.iteri (fun i b ->
    e := !e +. 0.5 *. b.m *. (b.vx *. b.vx +. b.vy *. b.vy);
    for j = i + 1 to Array.length bodies - 1 do
      let c = bodies.(j) in
      e := !e -. b.m *. c.m /. sqrt ((b.x -. c.x) ** 2. +. (b.y -. c.y) ** 2.)
    done) bodies;
  !e

let step dt =
  Array.iter (fun b -> Array.iter (fun c -> if b != c then begin
    let dx = c.x -. b.x and dy = c.y -. b.y in
    let d2 = dx *. dx +. dy *. dy in
    let mag = dt *. c.m /. (d2 *. sqrt d2) in
    b.vx <- b.vx +. dx *. mag; b.vy <- b.vy +. dy *. mag end) bodies) bodies;
  Array.iter (fun b -> b.x <- b.x +. dt *. b.vx; b.y <- b.y +. dt *. b.vy) bodies

let () =
  Printf.printf "energy before %.9f\n" (energy ());
  for _ = 1 to 10_000 do step 0.001 done;
  Printf.printf "energy after  %.9f\n" (energy ());
  Array.iter (fun b -> Printf.printf "%.6f %.6f\n" b.x b.y) bodies
