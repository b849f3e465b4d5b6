(* Record update with complex base expressions and nested records. *)
type inner = { depth : int; tag : string }
type outer = { inner : inner; count : int }

let base () = { inner = { depth = 0; tag = "base" }; count = 0 }

let deeper o = { o with inner = { o.inner with depth = o.inner.depth + 1 } }

let () =
  let a = { (base ()) with count = 5 } in
  let b = deeper (deeper a) in
  let c = { b with inner = { b.inner with tag = b.inner.tag ^ "!" }; count = b.count * 2 } in
  Printf.printf "%d %s %d\n" c.inner.depth c.inner.tag c.count;
  let l = List.map (fun o -> { o with count = o.count + 1 }) [a; b; c] in
  List.iter (fun o -> Printf.printf "%d " o.count) l;
  print_newline ()
