(* Unit and booleans. *)
let u = ()
let t = true
let f = false

let describe b = if b then "yes" else "no"

let both = t && not f
let either = f || t

let do_nothing () = ()

let () =
  do_nothing u;
  print_endline (describe t);
  print_endline (describe f);
  Printf.printf "%b %b\n" both either;
  let () = () in
  let (()) = () in
  print_endline (string_of_bool (compare true false > 0))
