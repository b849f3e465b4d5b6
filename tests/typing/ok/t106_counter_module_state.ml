(* Module-level mutable state behind functions *)
module Ids = struct
  let next = ref 0
  let fresh () = incr next; !next
  let reset () = next := 0
end

module Interner = struct
  let table : (string, int) Hashtbl.t = Hashtbl.create 16
  let names : string list ref = ref []
  let intern s =
    match Hashtbl.find_opt table s with
    | Some id -> id
    | None -> let id = Ids.fresh () in Hashtbl.add table s id; names := s :: !names; id
  let all () = List.rev !names
end

let a = Interner.intern "alpha"
let b = Interner.intern "beta"
let a' = Interner.intern "alpha"

let () =
  Printf.printf "%d %d %d %s\n" a b a' (String.concat "," (Interner.all ()));
  Ids.reset ();
  Printf.printf "%d\n" (Ids.fresh ())
