(* Gc (the parts whose results do not depend on the collector: get/set,
   the collections running, counters growing, stat's consistency) and Uchar
   (every function, its errors' messages).  No Printf. *)
let count = ref 0
let p s = print_string s; print_newline ()
let ex f = try f () with
  | Invalid_argument s -> "Invalid_argument " ^ s
  | Failure s -> "Failure " ^ s
let c name f = incr count; p (name ^ " = " ^ ex f)
let si = string_of_int
let sb = string_of_bool

let control_str (g : Gc.control) =
  String.concat "," (List.map si [g.minor_heap_size > 0 |> Bool.to_int; g.major_heap_increment; g.space_overhead;
                                  g.verbose; g.max_overhead; g.stack_limit; g.allocation_policy;
                                  g.window_size; g.custom_major_ratio; g.custom_minor_ratio;
                                  g.custom_minor_max_size])

let () =
  c "Gc.get" (fun () -> control_str (Gc.get ()));
  c "Gc.set/get" (fun () ->
      let g = Gc.get () in
      Gc.set { g with space_overhead = 200; verbose = 0; max_overhead = 1000 };
      control_str (Gc.get ()));
  c "Gc.set mutable field" (fun () ->
      let g = Gc.get () in g.space_overhead <- 90; Gc.set g; si (Gc.get ()).space_overhead);
  let junk = ref [] in
  for i = 1 to 100000 do junk := [i] :: (if i mod 1000 = 0 then [] else !junk) done;
  let (mi, pr, ma) = Gc.counters () in
  c "counters sane" (fun () -> sb (mi > 100000. && pr >= 0. && ma >= pr));
  c "minor_words grows" (fun () -> let a = Gc.minor_words () in ignore (Sys.opaque_identity (Array.make 10 0)); sb (Gc.minor_words () > a));
  c "allocated_bytes" (fun () -> sb (Gc.allocated_bytes () > 800000.));
  let s1 = Gc.quick_stat () in
  Gc.minor ();
  let s2 = Gc.stat () in
  c "minor collects" (fun () -> sb (s2.Gc.minor_collections > s1.Gc.minor_collections));
  Gc.full_major ();
  Gc.major ();
  Gc.compact ();
  let s3 = Gc.stat () in
  c "major collects" (fun () -> sb (s3.Gc.major_collections >= s2.Gc.major_collections + 1));
  c "forced majors" (fun () -> sb (s3.Gc.forced_major_collections >= 1));
  c "heap_words" (fun () -> sb (s3.Gc.heap_words > 0 && s3.Gc.top_heap_words >= s3.Gc.heap_words));
  c "major_slice" (fun () -> sb (Gc.major_slice 0 >= 0));
  c "finalise accepted" (fun () -> Gc.finalise (fun _ -> ()) (ref 1); Gc.finalise_release (); "ok");
  c "alarm" (fun () -> let a = Gc.create_alarm (fun () -> ()) in Gc.delete_alarm a; "ok");
  (* Uchar *)
  let us = [0; 0x41; 0xFF; 0x100; 0xD7FF; 0xD800; 0xDFFF; 0xE000; 0xFEFF; 0xFFFD; 0x10FFFF; 0x110000; -1; max_int] in
  List.iter (fun i ->
      let n = si i in
      c ("Uchar.is_valid " ^ n) (fun () -> sb (Uchar.is_valid i));
      c ("Uchar.of_int " ^ n) (fun () -> si (Uchar.to_int (Uchar.of_int i)));
      if Uchar.is_valid i then begin
        let u = Uchar.of_int i in
        c ("Uchar.succ " ^ n) (fun () -> si (Uchar.to_int (Uchar.succ u)));
        c ("Uchar.pred " ^ n) (fun () -> si (Uchar.to_int (Uchar.pred u)));
        c ("Uchar.is_char " ^ n) (fun () -> sb (Uchar.is_char u));
        c ("Uchar.to_char " ^ n) (fun () -> Char.escaped (Uchar.to_char u));
        c ("Uchar.hash " ^ n) (fun () -> si (Uchar.hash u));
        c ("Uchar.compare rep " ^ n) (fun () -> si (Uchar.compare u Uchar.rep));
        c ("Uchar.equal bom " ^ n) (fun () -> sb (Uchar.equal u Uchar.bom))
      end)
    us;
  c "Uchar.min/max/bom/rep" (fun () -> String.concat "," (List.map (fun u -> si (Uchar.to_int u)) [Uchar.min; Uchar.max; Uchar.bom; Uchar.rep]));
  c "Uchar.of_char" (fun () -> si (Uchar.to_int (Uchar.of_char '\255')));
  c "Uchar.unsafe_of_int" (fun () -> si (Uchar.to_int (Uchar.unsafe_of_int 0xD800)));
  c "Uchar.unsafe_to_char" (fun () -> Char.escaped (Uchar.unsafe_to_char (Uchar.of_int 0x41)));
  c "Char.unsafe_chr" (fun () -> Char.escaped (Char.unsafe_chr 200));
  p ("checked calls: " ^ si !count)
