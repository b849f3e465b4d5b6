(* <- and := are right associative and below ||; ; is below them. *)
type cell = { mutable b : bool; mutable n : int }

let c = { b = false; n = 0 }
let r = ref 0
let arr = [| 0; 0; 0 |]

let () =
  c.b <- true || false && false;
  Printf.printf "%b\n" c.b;
  c.b <- false || c.b;
  Printf.printf "%b\n" c.b;
  r := 1 + 2; c.n <- !r * 2;
  Printf.printf "%d %d\n" !r c.n;
  arr.(0) <- 5; arr.(1) <- arr.(0) + 1; arr.(2) <- if arr.(1) > 5 then 9 else 0;
  Array.iter (Printf.printf "%d ") arr;
  print_newline ();
  let x = ref 0 and y = 7 in
  x := y; print_int !x; print_newline ();
  let rr = ref (ref 0) in
  !rr := 3; Printf.printf "%d\n" !(!rr);
  c.n <- (r := 10; !r + 1);
  Printf.printf "%d\n" c.n
