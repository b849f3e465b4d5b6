(* f x.y.(0) is f ((x.y).(0)); field access binds tighter than application. *)
type t = { items : int array; name : string; inner : u }
and u = { mutable v : int; arr : int array array }

let f x = x * 2
let g a b = a - b

let r = { items = [| 10; 20 |]; name = "rec"; inner = { v = 3; arr = [| [| 7 |] |] } }

let () =
  Printf.printf "%d\n" (f r.items.(0));
  Printf.printf "%d\n" (g r.items.(1) r.items.(0));
  Printf.printf "%d\n" (f r.inner.v);
  Printf.printf "%d\n" (f r.inner.arr.(0).(0));
  print_endline (String.uppercase_ascii r.name);
  Printf.printf "%c\n" r.name.[1];
  r.inner.v <- r.inner.v + 1;
  r.inner.arr.(0).(0) <- f r.inner.v;
  Printf.printf "%d %d\n" r.inner.v r.inner.arr.(0).(0);
  let a = [| r; r |] in
  Printf.printf "%d\n" (f a.(1).items.(1))
