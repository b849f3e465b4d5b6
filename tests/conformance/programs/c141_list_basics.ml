(* status: 0 *)
(* List module: length, rev, append, nth, mem, assoc, split, combine, flatten. *)
let show l = "[" ^ String.concat "; " (List.map string_of_int l) ^ "]"

let () =
  let l = [5; 3; 8; 1; 9; 2] in
  Printf.printf "%d %s %s\n" (List.length l) (show (List.rev l)) (show (l @ [0]));
  Printf.printf "%d %d %b %b\n" (List.hd l) (List.nth l 3) (List.mem 8 l) (List.mem 7 l);
  Printf.printf "%s\n" (show (List.rev_append [1; 2] [3; 4]));
  Printf.printf "%s\n" (show (List.flatten [[1]; []; [2; 3]; [4]]));
  Printf.printf "%s\n" (show (List.concat [[9]; [8; 7]]));
  let pairs = List.combine [1; 2; 3] ["a"; "b"; "c"] in
  let (ns, ss) = List.split pairs in
  Printf.printf "%s %s\n" (show ns) (String.concat "" ss);
  Printf.printf "%s %b\n" (List.assoc 2 pairs) (List.mem_assoc 4 pairs);
  Printf.printf "%d\n" (List.length (List.remove_assoc 2 pairs));
  Printf.printf "%s\n" (match List.assoc_opt 9 pairs with Some s -> s | None -> "none");
  Printf.printf "%s\n" (show (List.tl l));
  Printf.printf "%d\n" (List.compare_lengths [1; 2] [3]);
  Printf.printf "%d %d\n" (List.compare_length_with l 6) (List.compare_length_with l 10);
  Printf.printf "%s\n" (match List.nth_opt l 10 with Some x -> string_of_int x | None -> "no 10th");
  Printf.printf "%s\n" (show (List.init 5 (fun i -> i * i)))
