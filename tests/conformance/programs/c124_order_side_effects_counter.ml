(* status: 0 *)
(* A counter incremented in argument positions: results reveal evaluation order. *)
let c = ref 0
let next () = incr c; !c

let pair a b = (a, b)
let triple a b c = Printf.sprintf "(%d,%d,%d)" a b c

let () =
  let (a, b) = pair (next ()) (next ()) in
  Printf.printf "pair: %d %d\n" a b;
  print_endline (triple (next ()) (next ()) (next ()));
  let l = [next (); next (); next ()] in
  Printf.printf "list: %s\n" (String.concat "," (List.map string_of_int l));
  let x = next () - next () in
  Printf.printf "minus: %d\n" x;
  let t = (next (), next ()) in
  Printf.printf "tuple: %d %d\n" (fst t) (snd t);
  let arr = Array.init 3 (fun _ -> next ()) in
  Printf.printf "Array.init: %d %d %d\n" arr.(0) arr.(1) arr.(2);
  let l2 = List.init 3 (fun _ -> next ()) in
  Printf.printf "List.init: %s\n" (String.concat "," (List.map string_of_int l2));
  let m = List.map (fun _ -> next ()) [(); (); ()] in
  Printf.printf "List.map: %s\n" (String.concat "," (List.map string_of_int m))
