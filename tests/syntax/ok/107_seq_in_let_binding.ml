(* A sequence is allowed as the right-hand side of let ... = ... in. *)
let trace = ref []
let note s = trace := s :: !trace

let compute () =
  let x = note "computing x"; 21 in
  let y = note "computing y"; x * 2 in
  note "done"; y

let top = note "top-level"; 7

let () =
  let v = compute () in
  Printf.printf "%d %d\n" v top;
  List.iter print_endline (List.rev !trace)
