(* status: 0 *)
(* Conway's game of life on a torus with mutable arrays. *)
let w = 20 and h = 10

let step g =
  let n = Array.make_matrix h w false in
  for y = 0 to h - 1 do
    for x = 0 to w - 1 do
      let c = ref 0 in
      for dy = -1 to 1 do for dx = -1 to 1 do
        if (dx, dy) <> (0, 0) && g.((y + dy + h) mod h).((x + dx + w) mod w) then incr c
      done done;
      n.(y).(x) <- (if g.(y).(x) then !c = 2 || !c = 3 else !c = 3)
    done
  done;
  n

let print g = Array.iter (fun row -> Array.iter (fun b -> print_char (if b then '#' else '.')) row; print_newline ()) g

let () =
  let g = ref (Array.make_matrix h w false) in
  List.iter (fun (x, y) -> !g.(y).(x) <- true) [(1, 0); (2, 1); (0, 2); (1, 2); (2, 2); (10, 5); (11, 5); (12, 5)];
  for _ = 1 to 37 do g := step !g done;
  print !g;
  let alive = Array.fold_left (fun acc row -> Array.fold_left (fun a b -> if b then a + 1 else a) acc row) 0 !g in
  Printf.printf "alive %d\n" alive
