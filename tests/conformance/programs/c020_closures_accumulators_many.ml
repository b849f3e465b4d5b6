(* status: 0 *)
(* Many closures alive at once, each with its own mutable cell. *)
let () =
  let n = 100_000 in
  let cells = Array.init n (fun i ->
    let r = ref i in
    (fun () -> r := !r * 2 + 1; !r)) in
  let total = ref 0 in
  for round = 1 to 3 do
    Array.iteri (fun i f -> if i mod round = 0 then total := !total + f () mod 1000) cells
  done;
  Printf.printf "total=%d\n" !total;
  let sum = Array.fold_left (fun acc f -> acc + (f () land 0xff)) 0 cells in
  Printf.printf "sum=%d\n" sum;
  let pairs = List.init 1000 (fun i -> let a = ref i in ((fun () -> !a), (fun v -> a := v))) in
  List.iteri (fun i (_, set) -> set (i * i)) pairs;
  let s = List.fold_left (fun acc (get, _) -> acc + get ()) 0 pairs in
  Printf.printf "squares=%d\n" s
