(* status: 0 *)
(* Exceptions escaping from inside List/Array/Hashtbl/String iterators leave state consistent. *)
exception Stop_at of int

let () =
  let seen = ref [] in
  (try List.iter (fun x -> if x = 4 then raise (Stop_at x); seen := x :: !seen) [1; 2; 3; 4; 5]
   with Stop_at n -> Printf.printf "list stopped at %d after %d\n" n (List.length !seen));
  let a = Array.init 10 (fun i -> i) in
  (try Array.iteri (fun i x -> a.(i) <- x * 10; if i = 5 then raise Exit) a with Exit -> ());
  print_endline (String.concat " " (Array.to_list (Array.map string_of_int a)));
  let h = Hashtbl.create 8 in
  for i = 1 to 5 do Hashtbl.replace h i (i * i) done;
  let n = try Hashtbl.fold (fun k v acc -> if k = 3 then raise (Stop_at v) else acc + v) h 0 with Stop_at v -> -v in
  Printf.printf "fold result %d\n" n;
  Hashtbl.replace h 6 36;
  Printf.printf "table still usable: %d entries\n" (Hashtbl.length h);
  let r = try String.iter (fun c -> if c = ' ' then raise Exit) "no-spaces-here"; "none" with Exit -> "space" in
  print_endline r;
  let m = try List.map (fun x -> if x = 0 then raise Division_by_zero else 100 / x) [5; 2; 0; 1] with Division_by_zero -> [] in
  Printf.printf "map result length %d\n" (List.length m);
  let b = Buffer.create 8 in
  (try List.iter (fun s -> Buffer.add_string b s; if s = "stop" then raise Exit) ["a"; "b"; "stop"; "c"] with Exit -> ());
  print_endline (Buffer.contents b)
