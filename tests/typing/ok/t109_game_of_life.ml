(* Conway's game of life on a small torus *)
type board = bool array array

let make w h cells : board =
  let b = Array.make_matrix h w false in
  List.iter (fun (x, y) -> b.(y).(x) <- true) cells;
  b

let neighbours (b : board) x y =
  let h = Array.length b and w = Array.length b.(0) in
  let n = ref 0 in
  for dy = -1 to 1 do
    for dx = -1 to 1 do
      if (dx, dy) <> (0, 0) && b.((y + dy + h) mod h).((x + dx + w) mod w) then incr n
    done
  done;
  !n

let step (b : board) : board =
  Array.mapi (fun y row -> Array.mapi (fun x alive ->
    match (alive, neighbours b x y) with
    | (true, (2 | 3)) | (false, 3) -> true
    | _ -> false) row) b

let show (b : board) =
  Array.iter (fun row -> Array.iter (fun c -> print_char (if c then '#' else '.')) row; print_newline ()) b

let () =
  let glider = make 6 6 [(1, 0); (2, 1); (0, 2); (1, 2); (2, 2)] in
  show (step (step glider))
