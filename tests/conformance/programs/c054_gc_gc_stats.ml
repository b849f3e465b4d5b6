(* status: 0 *)
(* Gc.full_major and compaction calls must not disturb live data. *)
let () =
  let keep = Array.init 50_000 (fun i -> Some (string_of_int i)) in
  let garbage = ref [] in
  for i = 1 to 300_000 do
    garbage := [i] :: (if i mod 1000 = 0 then [] else !garbage)
  done;
  Gc.full_major ();
  Gc.compact ();
  let ok = ref true in
  Array.iteri (fun i v -> match v with Some s -> if s <> string_of_int i then ok := false | None -> ok := false) keep;
  Printf.printf "intact %b\n" !ok;
  Printf.printf "garbage len %d\n" (List.length !garbage);
  Gc.minor ();
  let h = Hashtbl.create 16 in
  for i = 0 to 99_999 do Hashtbl.add h (i mod 100) i done;
  Gc.full_major ();
  Printf.printf "bindings of 42: %d\n" (List.length (Hashtbl.find_all h 42));
  Printf.printf "first of 42: %d\n" (Hashtbl.find h 42)
