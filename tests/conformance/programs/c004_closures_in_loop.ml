(* status: 0 *)
(* Closures created in loops capture the loop variable's value. *)
let () =
  let fs = ref [] in
  for i = 1 to 5 do
    fs := (fun () -> i * 10) :: !fs
  done;
  List.iter (fun f -> Printf.printf "%d " (f ())) !fs;
  print_newline ();
  let shared = ref 0 in
  let gs = Array.init 4 (fun i -> fun () -> shared := !shared + i; !shared) in
  Array.iter (fun g -> Printf.printf "%d " (g ())) gs;
  print_newline ();
  Array.iter (fun g -> Printf.printf "%d " (g ())) gs;
  print_newline ();
  let adders = List.map (fun n -> ( + ) n) [1; 2; 3] in
  let r = List.fold_left (fun acc f -> f acc) 0 adders in
  Printf.printf "r=%d\n" r;
  let w = ref 0 in
  let k = ref [] in
  while !w < 3 do
    let c = !w in
    k := (fun () -> c) :: !k;
    incr w
  done;
  List.iter (fun f -> print_int (f ())) !k;
  print_newline ()
