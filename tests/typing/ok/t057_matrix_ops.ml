(* Float matrices as arrays of arrays *)
type matrix = float array array

let create rows cols : matrix = Array.make_matrix rows cols 0.0
let dims (m : matrix) = (Array.length m, if Array.length m = 0 then 0 else Array.length m.(0))

let mul (a : matrix) (b : matrix) : matrix =
  let (n, k) = dims a and (_, p) = dims b in
  let c = create n p in
  for i = 0 to n - 1 do
    for j = 0 to p - 1 do
      for t = 0 to k - 1 do
        c.(i).(j) <- c.(i).(j) +. a.(i).(t) *. b.(t).(j)
      done
    done
  done;
  c

let transpose (m : matrix) : matrix =
  let (r, c) = dims m in
  Array.init c (fun j -> Array.init r (fun i -> m.(i).(j)))

let to_string (m : matrix) =
  String.concat "\n" (Array.to_list (Array.map (fun row ->
    String.concat " " (Array.to_list (Array.map (Printf.sprintf "%5.1f") row))) m))

let () =
  let a = [| [| 1.; 2. |]; [| 3.; 4. |] |] in
  print_endline (to_string (mul a (transpose a)))
