(* How the state is shown on the console.  Edit [line] while `robur dev`
   runs: the next tick prints with the new code. *)

(* Kept across reloads of this module while its type stays the same
   (robur's [@@robur.keep]; OCaml ignores the attribute). *)
let lines_drawn = ref 0 [@@robur.keep]

let line n =
  incr lines_drawn;
  Printf.sprintf "tick %d" n
