(* Lazy: force (once, exceptions remembered), force_val (an exception
   leaves the suspension raising Undefined), a suspension forcing itself
   (Undefined), from_fun, from_val (floats and suspensions are wrapped),
   is_val, map, map_val, lazy patterns, the deprecated lazy_* names.  (Not
   checked: `lazy <constant>`, which OCaml compiles to an already forced
   value and robur to a suspension.)  No Printf. *)
let count = ref 0
let p s = print_string s; print_newline ()
let ex f = try f () with
  | Failure s -> "Failure " ^ s
  | Lazy.Undefined -> "Lazy.Undefined"
  | Not_found -> "Not_found"
let c name f = incr count; p (name ^ " = " ^ ex f)
let si = string_of_int
let sb = string_of_bool
let n = ref 0

let () =
  let l = lazy (incr n; !n + 10) in
  c "is_val before" (fun () -> sb (Lazy.is_val l));
  c "force" (fun () -> si (Lazy.force l));
  c "force again" (fun () -> si (Lazy.force l));
  c "is_val after" (fun () -> sb (Lazy.is_val l));
  c "effects once" (fun () -> si !n);
  let f = Lazy.from_fun (fun () -> incr n; 100 + !n) in
  c "from_fun is_val" (fun () -> sb (Lazy.is_val f));
  c "from_fun force_val" (fun () -> si (Lazy.force_val f));
  c "from_fun is_val after" (fun () -> sb (Lazy.is_val f));
  c "from_val float" (fun () -> let v = Lazy.from_val 3.5 in sb (Lazy.is_val v) ^ " " ^ string_of_float (Lazy.force v));
  c "from_val int" (fun () -> let v = Lazy.from_val 7 in sb (Lazy.is_val v) ^ " " ^ si (Lazy.force v));
  c "from_val string" (fun () -> Lazy.force (Lazy.from_val "s"));
  c "from_val lazy" (fun () -> si (Lazy.force (Lazy.force (Lazy.from_val (lazy (1 + 1))))));
  c "from_val forced lazy" (fun () -> let x = lazy (2 + !n) in ignore (Lazy.force x);
                             si (Lazy.force (Lazy.force (Lazy.from_val x))));
  let e = lazy (incr n; failwith "boom") in
  c "force raises" (fun () -> si (Lazy.force e));
  c "force raises again" (fun () -> si (Lazy.force e));
  c "raised once" (fun () -> si !n);
  let e2 = Lazy.from_fun (fun () -> failwith "bam") in
  c "force_val raises" (fun () -> si (Lazy.force_val e2));
  c "then force" (fun () -> si (Lazy.force e2));
  c "then force_val" (fun () -> si (Lazy.force_val e2));
  let rec r = lazy (Lazy.force r + 1) in
  c "self force" (fun () -> si (Lazy.force r));
  c "self force again" (fun () -> si (Lazy.force r));
  let rec r2 = lazy (Lazy.force_val r2 + 1) in
  c "self force_val" (fun () -> si (Lazy.force_val r2));
  let m = Lazy.map (fun x -> x * 2) (lazy (incr n; 21)) in
  c "map is_val" (fun () -> sb (Lazy.is_val m));
  c "map force" (fun () -> si (Lazy.force m));
  c "map_val of value" (fun () -> let mv = Lazy.map_val (fun x -> x * 3) (Lazy.from_val 5) in
                         sb (Lazy.is_val mv) ^ " " ^ si (Lazy.force mv));
  c "map_val of suspension" (fun () -> let mv = Lazy.map_val (fun x -> x * 3) (lazy (5 + !n)) in
                               sb (Lazy.is_val mv) ^ " " ^ si (Lazy.force mv));
  c "lazy pattern" (fun () -> match lazy (!n * 2) with lazy x -> si x);
  c "lazy_from_fun" (fun () -> si (Lazy.force (Lazy.lazy_from_fun (fun () -> 9))));
  c "lazy_from_val" (fun () -> si (Lazy.force (Lazy.lazy_from_val 8)));
  c "lazy_is_val" (fun () -> sb (Lazy.lazy_is_val (lazy (!n + 1))));
  c "Undefined name" (fun () -> Printexc.to_string Lazy.Undefined);
  c "list of lazies" (fun () ->
      let k = ref 0 in
      let ls = List.init 10 (fun i -> lazy (incr k; i * i)) in
      let s = List.fold_left (fun acc x -> acc + Lazy.force x) 0 (ls @ ls) in
      si s ^ " " ^ si !k);
  p ("checked calls: " ^ si !count)
