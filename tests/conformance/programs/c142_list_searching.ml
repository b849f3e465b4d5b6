(* status: 0 *)
(* List: find, find_opt, find_map, filter, partition, exists, for_all, filteri. *)
let show l = String.concat "," (List.map string_of_int l)

let () =
  let l = List.init 20 (fun i -> (i * 7) mod 20) in
  print_endline (show l);
  Printf.printf "%d\n" (List.find (fun x -> x > 15) l);
  Printf.printf "%s\n" (match List.find_opt (fun x -> x > 100) l with Some x -> string_of_int x | None -> "none");
  Printf.printf "%s\n" (match List.find_map (fun x -> if x mod 6 = 5 then Some (x * 10) else None) l with Some x -> string_of_int x | None -> "none");
  print_endline (show (List.filter (fun x -> x mod 3 = 0) l));
  let (small, big) = List.partition (fun x -> x < 10) l in
  Printf.printf "%s | %s\n" (show small) (show big);
  Printf.printf "%b %b\n" (List.exists (fun x -> x = 13) l) (List.for_all (fun x -> x < 20) l);
  print_endline (show (List.filteri (fun i _ -> i mod 4 = 0) l));
  Printf.printf "%b %b\n" (List.exists2 (fun a b -> a = b) [1; 2; 3] [3; 2; 1]) (List.for_all2 ( < ) [1; 2] [2; 3]);
  print_endline (show (List.find_all (fun x -> x > 16) l));
  Printf.printf "%b\n" (List.memq 3 [1; 2; 3]);
  (try ignore (List.find (fun x -> x < 0) l) with Not_found -> print_endline "Not_found");
  print_endline (show (List.filter_map (fun x -> if x > 17 then Some (-x) else None) l))
