(* Signatures with manifest types, type parameters and nested modules. *)
module type POINT = sig
  type t = { x : int; y : int }
  type 'a labelled = string * 'a
  val origin : t
  val label : string -> 'a -> 'a labelled
  module Ops : sig
    val add : t -> t -> t
  end
end

module Point : POINT = struct
  type t = { x : int; y : int }
  type 'a labelled = string * 'a
  let origin = { x = 0; y = 0 }
  let label s v = (s, v)
  module Ops = struct
    let add a b = { x = a.x + b.x; y = a.y + b.y }
  end
end

let () =
  let p = Point.Ops.add Point.origin { Point.x = 2; y = 3 } in
  let (name, q) = Point.label "p" p in
  Printf.printf "%s = (%d, %d)\n" name q.Point.x q.Point.y
