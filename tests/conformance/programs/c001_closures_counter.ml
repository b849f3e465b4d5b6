(* status: 0 *)
(* Closures capturing mutable state: independent counters. *)
let make_counter start =
  let n = ref start in
  let incr () = n := !n + 1; !n in
  let get () = !n in
  let reset () = n := start in
  (incr, get, reset)

let () =
  let (i1, g1, r1) = make_counter 0 in
  let (i2, g2, _) = make_counter 100 in
  for _ = 1 to 5 do ignore (i1 ()) done;
  ignore (i2 ());
  Printf.printf "c1=%d c2=%d\n" (g1 ()) (g2 ());
  r1 ();
  Printf.printf "after reset c1=%d\n" (g1 ());
  let v = i1 () + i1 () + i2 () in
  Printf.printf "sum=%d c1=%d c2=%d\n" v (g1 ()) (g2 ())
