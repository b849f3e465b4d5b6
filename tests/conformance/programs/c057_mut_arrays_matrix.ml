(* status: 0 *)
(* Matrices as arrays of arrays: multiplication, transpose, aliasing pitfalls. *)
let mat_mul a b =
  let n = Array.length a and m = Array.length b.(0) and k = Array.length b in
  Array.init n (fun i -> Array.init m (fun j ->
    let s = ref 0 in for t = 0 to k - 1 do s := !s + a.(i).(t) * b.(t).(j) done; !s))

let transpose a = Array.init (Array.length a.(0)) (fun j -> Array.init (Array.length a) (fun i -> a.(i).(j)))
let print m = Array.iter (fun row -> Array.iter (Printf.printf "%5d") row; print_newline ()) m

let () =
  let a = Array.init 3 (fun i -> Array.init 4 (fun j -> i + j)) in
  let b = transpose a in
  print (mat_mul a b);
  let shared = Array.make 3 (Array.make 3 0) in
  shared.(0).(0) <- 9;
  Printf.printf "aliased: %d %d\n" shared.(1).(0) shared.(2).(0);
  let proper = Array.make_matrix 3 3 0 in
  proper.(0).(0) <- 9;
  Printf.printf "separate: %d %d\n" proper.(1).(0) proper.(0).(0);
  let id = Array.init 4 (fun i -> Array.init 4 (fun j -> if i = j then 1 else 0)) in
  let p = ref id in
  let m = [| [|1; 1; 0; 0|]; [|1; 0; 0; 0|]; [|0; 0; 2; 0|]; [|0; 0; 0; 1|] |] in
  for _ = 1 to 30 do p := mat_mul !p m done;
  print !p
