(* The application's state.  It lives in this module, so it survives every
   reload of the other modules: edit render.ml while `robur dev` runs and
   the count goes on. *)

let count = ref 0

let tick () = incr count

let get () = !count
