(* status: 2 *)
(* Array index out of bounds, uncaught. *)
let () =
  let a = Array.init 10 (fun i -> i * i) in
  let s = ref 0 in
  for i = 0 to 9 do s := !s + a.(i) done;
  Printf.printf "sum=%d\n" !s;
  let idx = [3; 9; 0; 10; 2] in
  List.iter (fun i -> Printf.printf "a.(%d)=%d\n" i a.(i)) idx;
  print_endline "unreachable";
  ignore (a.(0) + 1);
  print_endline "also unreachable";
  ignore s;
  ignore idx;
  ()
