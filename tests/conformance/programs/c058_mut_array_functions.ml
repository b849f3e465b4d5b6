(* status: 0 *)
(* Array module: blit, sub, append, concat, fill, copy, to_list, exists. *)
let show a = String.concat " " (Array.to_list (Array.map string_of_int a))

let () =
  let a = Array.init 10 (fun i -> i) in
  let b = Array.make 5 (-1) in
  Array.blit a 3 b 1 3;
  print_endline (show b);
  print_endline (show (Array.sub a 2 4));
  print_endline (show (Array.append b [|100|]));
  print_endline (show (Array.concat [[|1|]; [||]; [|2; 3|]; a]));
  Array.fill a 0 3 7;
  print_endline (show a);
  let c = Array.copy a in
  c.(0) <- 42;
  Printf.printf "%d %d\n" a.(0) c.(0);
  Printf.printf "%b %b %b %b\n" (Array.exists (fun x -> x > 8) a) (Array.for_all (fun x -> x >= 0) a)
    (Array.mem 5 a) (Array.memq 5 a);
  print_endline (show (Array.of_list (List.rev (Array.to_list a))));
  Array.blit a 0 a 2 8;
  print_endline (show a);
  let m = Array.map2 ( * ) [|1; 2; 3|] [|4; 5; 6|] in
  print_endline (show m);
  Printf.printf "%d %d\n" (Array.fold_right (fun x acc -> x - acc) [|1; 2; 3|] 0) (Array.length [||]);
  print_endline (match Array.find_opt (fun x -> x mod 4 = 0) a with Some x -> string_of_int x | None -> "none")
