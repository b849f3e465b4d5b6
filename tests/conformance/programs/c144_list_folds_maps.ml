(* status: 0 *)
(* List: fold_left/right, map2, rev_map, concat_map, fold_left_map, iteri, equal. *)
let show l = String.concat " " (List.map string_of_int l)

let () =
  let l = [1; 2; 3; 4; 5] in
  Printf.printf "%d %d\n" (List.fold_left ( - ) 0 l) (List.fold_right ( - ) l 0);
  print_endline (show (List.map2 ( * ) l (List.rev l)));
  print_endline (show (List.rev_map (fun x -> x * 10) l));
  print_endline (show (List.concat_map (fun x -> List.init x (fun _ -> x)) [1; 2; 3]));
  let (acc, l2) = List.fold_left_map (fun acc x -> (acc + x, acc * x)) 0 l in
  Printf.printf "%d [%s]\n" acc (show l2);
  print_endline (show (List.rev_map2 ( + ) [1; 2] [10; 20]));
  Printf.printf "%b %b\n" (List.equal ( = ) l [1; 2; 3; 4; 5]) (List.equal ( = ) l [1]);
  Printf.printf "%d\n" (List.compare compare [1; 2; 3] [1; 2; 4]);
  let running = List.rev (snd (List.fold_left (fun (s, acc) x -> (s + x, (s + x) :: acc)) (0, []) l)) in
  print_endline (show running);
  let groups = List.fold_right (fun x acc -> match acc with
    | (y :: _ as g) :: rest when y / 10 = x / 10 -> (x :: g) :: rest
    | _ -> [x] :: acc) [1; 3; 12; 15; 17; 23; 40; 41] [] in
  print_endline (String.concat " | " (List.map show groups));
  let big = List.init 100_000 Fun.id in
  Printf.printf "%d\n" (List.fold_left ( + ) 0 (List.map (fun x -> x land 15) big));
  Printf.printf "%d\n" (List.length (List.fold_right (fun x acc -> if x mod 3 = 0 then x :: acc else acc) big []))
