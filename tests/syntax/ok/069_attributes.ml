(* Attributes: [@attr], [@@attr], [@@@attr] with and without payloads. *)
[@@@warning "-8"]
[@@@ocaml.warning "-32-27"]

let[@inline] square x = x * x
let cube x = x * x * x [@@inline]
let add a b = (a + b) [@ocaml.inline never]

type color = Red | Green [@@deriving show]
type point = { x : int [@default 0]; y : int } [@@deriving eq, ord]

exception Bad of string [@@deriving sexp]

let f = fun unused -> 1 [@@warning "-27"]

let unsafe_first (x :: _) = x [@@warning "-8"]

let g x = (x + 1) [@attr] [@another "payload"]

module M = struct
  let v = 1
end [@@inline]

let () =
  Printf.printf "%d %d %d\n" (square 3) (cube 2) (add 1 2);
  Printf.printf "%d %d\n" (f ()) (unsafe_first [9]);
  Printf.printf "%d %d\n" (g 1) M.v;
  let p = { x = 1; y = 2 } in
  Printf.printf "%d\n" (p.x + p.y);
  ignore (Red, Green, Bad "x")
