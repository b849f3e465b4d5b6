(* Random: OCaml 4.13's exact sequences (default state, init, full_init,
   State), every drawing function including its bounds' errors.  No Printf. *)
let count = ref 0
let p s = print_string s; print_newline ()
let ex f = try f () with
  | Invalid_argument s -> "Invalid_argument " ^ s
  | Failure s -> "Failure " ^ s
let c name f = incr count; p (name ^ " = " ^ ex f)
let si = string_of_int
let sf f = Int64.format "%x" (Int64.bits_of_float f) ^ " " ^ string_of_float f
let draws n f = String.concat " " (List.init n (fun _ -> f ()))

let () =
  (* the default state, before any seeding *)
  c "default bits" (fun () -> draws 20 (fun () -> si (Random.bits ())));
  List.iter (fun seed ->
      let n = si seed in
      Random.init seed;
      c ("init " ^ n ^ " bits") (fun () -> draws 12 (fun () -> si (Random.bits ())));
      c ("init " ^ n ^ " int") (fun () ->
          draws 12 (fun () -> si (Random.int 1) ^ "," ^ si (Random.int 7) ^ "," ^ si (Random.int 1000)
                               ^ "," ^ si (Random.int 0x3FFFFFFF)));
      c ("init " ^ n ^ " full_int") (fun () ->
          draws 8 (fun () -> si (Random.full_int 5) ^ "," ^ si (Random.full_int (1 lsl 40))
                              ^ "," ^ si (Random.full_int max_int) ^ "," ^ si (Random.full_int 0x7FFFFFFF)));
      c ("init " ^ n ^ " int32") (fun () ->
          draws 8 (fun () -> Int32.to_string (Random.int32 Int32.max_int) ^ "," ^ Int32.to_string (Random.int32 10l)));
      c ("init " ^ n ^ " int64") (fun () ->
          draws 8 (fun () -> Int64.to_string (Random.int64 Int64.max_int) ^ "," ^ Int64.to_string (Random.int64 1000L)));
      c ("init " ^ n ^ " nativeint") (fun () ->
          draws 8 (fun () -> Nativeint.to_string (Random.nativeint Nativeint.max_int) ^ ","
                             ^ Nativeint.to_string (Random.nativeint 3n)));
      c ("init " ^ n ^ " float") (fun () ->
          draws 8 (fun () -> sf (Random.float 1.) ^ "," ^ sf (Random.float (-3.5)) ^ "," ^ sf (Random.float 1e300)));
      c ("init " ^ n ^ " bool") (fun () -> draws 30 (fun () -> string_of_bool (Random.bool ()))))
    [0; 1; -1; 42; 27182818; max_int; min_int; 0x3FFFFFFF; 123456789];
  List.iter (fun seed ->
      let n = "[|" ^ String.concat ";" (Array.to_list (Array.map si seed)) ^ "|]" in
      Random.full_init seed;
      c ("full_init " ^ n) (fun () -> draws 10 (fun () -> si (Random.bits ()))))
    [[||]; [|0|]; [|1; 2; 3|]; [|-5; max_int; min_int|]; Array.init 60 (fun i -> i * i);
     Array.init 100 (fun i -> i - 50)];
  (* errors *)
  List.iter (fun b -> c ("int " ^ si b) (fun () -> si (Random.int b))) [0; -1; 0x40000000; max_int];
  List.iter (fun b -> c ("full_int " ^ si b) (fun () -> si (Random.full_int b))) [0; -1; min_int];
  c "int32 0" (fun () -> Int32.to_string (Random.int32 0l));
  c "int32 -1" (fun () -> Int32.to_string (Random.int32 (-1l)));
  c "int64 0" (fun () -> Int64.to_string (Random.int64 0L));
  c "nativeint -3" (fun () -> Nativeint.to_string (Random.nativeint (-3n)));
  (* State *)
  let s1 = Random.State.make [|7; 8|] in
  let s2 = Random.State.copy s1 in
  c "State.bits s1" (fun () -> draws 10 (fun () -> si (Random.State.bits s1)));
  c "State.bits s2 (copy)" (fun () -> draws 10 (fun () -> si (Random.State.bits s2)));
  c "State.int" (fun () -> draws 10 (fun () -> si (Random.State.int s1 100)));
  c "State.full_int" (fun () -> draws 10 (fun () -> si (Random.State.full_int s1 (1 lsl 50))));
  c "State.int32" (fun () -> draws 5 (fun () -> Int32.to_string (Random.State.int32 s1 1000000l)));
  c "State.int64" (fun () -> draws 5 (fun () -> Int64.to_string (Random.State.int64 s1 0x1000000000L)));
  c "State.nativeint" (fun () -> draws 5 (fun () -> Nativeint.to_string (Random.State.nativeint s1 77n)));
  c "State.float" (fun () -> draws 5 (fun () -> sf (Random.State.float s1 2.)));
  c "State.bool" (fun () -> draws 20 (fun () -> string_of_bool (Random.State.bool s1)));
  c "State.int 0" (fun () -> si (Random.State.int s1 0));
  Random.init 5;
  let saved = Random.get_state () in
  c "after get_state" (fun () -> draws 5 (fun () -> si (Random.bits ())));
  Random.set_state saved;
  c "after set_state" (fun () -> draws 5 (fun () -> si (Random.bits ())));
  c "saved unchanged" (fun () -> draws 5 (fun () -> si (Random.State.bits saved)));
  let s3 = Random.State.make_self_init () in
  c "make_self_init in range" (fun () -> string_of_bool (List.for_all (fun _ -> let x = Random.State.int s3 10 in x >= 0 && x < 10) (List.init 50 Fun.id)));
  Random.self_init ();
  c "self_init in range" (fun () -> string_of_bool (List.for_all (fun _ -> let x = Random.bits () in x >= 0 && x < 1 lsl 30) (List.init 50 Fun.id)));
  (* a long run *)
  Random.init 99;
  let h = ref 0 in
  for _ = 1 to 100000 do h := (!h * 31 + Random.bits ()) land 0xFFFFFFF done;
  c "100000 bits hash" (fun () -> si !h);
  p ("checked calls: " ^ si !count)
