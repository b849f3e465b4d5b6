(* status: 2 *)
(* An exception escaping an at_exit handler: the remaining handlers still run, then status 2. *)
let () =
  at_exit (fun () -> print_endline "outermost handler (registered first)");
  at_exit (fun () -> print_endline "handler before raising"; failwith "in at_exit");
  at_exit (fun () -> print_endline "first handler to run")

let () =
  print_endline "body";
  let l = List.map (fun x -> x * 3) [1; 2; 3] in
  List.iter (Printf.printf "%d ") l;
  print_newline ();
  let h = Hashtbl.create 4 in
  Hashtbl.add h "k" 1;
  Printf.printf "%d\n" (Hashtbl.find h "k")
