(* status: 0 *)
(* Mutable record fields, functional update, and physical equality. *)
type point = { mutable x : int; mutable y : int; label : string }

let move p dx dy = p.x <- p.x + dx; p.y <- p.y + dy
let show p = Printf.sprintf "%s(%d,%d)" p.label p.x p.y

let () =
  let p = { x = 1; y = 2; label = "p" } in
  move p 10 20;
  print_endline (show p);
  let q = { p with label = "q" } in
  move q 1 1;
  Printf.printf "%s %s\n" (show p) (show q);
  let r = p in
  r.x <- 0;
  Printf.printf "%s same=%b physeq=%b\n" (show p) (p = r) (p == r);
  let p2 = { p with x = p.x } in
  Printf.printf "struct eq %b phys eq %b\n" (p = p2) (p == p2);
  let pts = Array.init 5 (fun i -> { x = i; y = i * i; label = string_of_int i }) in
  Array.iter (fun p -> move p p.y p.x) pts;
  Array.iter (fun p -> print_string (show p ^ " ")) pts;
  print_newline ()
