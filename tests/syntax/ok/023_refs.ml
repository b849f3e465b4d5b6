(* References: ref, !, :=, incr, decr. *)
let counter = ref 0
let total = ref 0

let bump () = incr counter; counter := !counter * 2

type box = { mutable contents_copy : int; r : int ref }

let () =
  bump (); bump ();
  Printf.printf "%d\n" !counter;
  total := !total + !counter;
  decr total;
  Printf.printf "%d\n" !total;
  let b = { contents_copy = 0; r = ref 5 } in
  b.r := !(b.r) + 1;
  Printf.printf "%d\n" !(b.r);
  let rb = ref b in
  b.contents_copy <- 11;
  (* !rb.contents_copy is (!rb).contents_copy: ! binds tighter than . *)
  Printf.printf "%d\n" !rb.contents_copy;
  Printf.printf "%d\n" !(!rb.r);
  let rr = ref (ref 3) in
  !rr := 4;
  Printf.printf "%d\n" !(!rr);
  Printf.printf "%d\n" (! !rr);
  (* !! is a single prefix-operator token, so it needs its own definition *)
  let ( !! ) r = !(!r) in
  Printf.printf "%d\n" !!rr;
  let x = ref 1 and y = 2 in
  x := y; Printf.printf "%d\n" !x;
  counter.contents <- 100;
  Printf.printf "%d\n" counter.contents
