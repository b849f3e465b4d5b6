(* status: 0 *)
(* Exceptions raised by Stdlib functions, printed with Printexc.to_string. *)
let show f =
  match f () with
  | () -> print_endline "no exception"
  | exception e -> print_endline (Printexc.to_string e)

let () =
  show (fun () -> ignore (List.hd []));
  show (fun () -> ignore (List.tl []));
  show (fun () -> ignore (List.nth [1; 2] 5));
  show (fun () -> ignore (List.nth [1; 2] (-1)));
  show (fun () -> ignore (Array.make 3 0).(3));
  show (fun () -> ignore ("abc".[10]));
  show (fun () -> ignore (String.sub "hello" 3 10));
  show (fun () -> ignore (int_of_string "12x"));
  show (fun () -> ignore (float_of_string "nope"));
  show (fun () -> ignore (1 / 0));
  show (fun () -> ignore (5 mod 0));
  show (fun () -> ignore (List.assoc 3 [(1, 2)]));
  show (fun () -> ignore (Hashtbl.find (Hashtbl.create 1) "k"));
  show (fun () -> ignore (Char.chr 300));
  show (fun () -> ignore (String.make (-1) 'a'));
  show (fun () -> ignore (List.combine [1] [1; 2]));
  show (fun () -> ignore (Option.get None));
  show (fun () -> raise Exit);
  show (fun () -> ignore (Bytes.get (Bytes.create 2) 2))
