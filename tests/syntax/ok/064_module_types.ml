(* module type S = sig ... end with val, type, exception, module specs. *)
module type ORDERED = sig
  type t
  val compare : t -> t -> int
end

module type CONTAINER = sig
  type elt
  type t
  exception Full
  val empty : t
  val add : elt -> t -> t
  val to_list : t -> elt list
  module Debug : sig
    val describe : t -> string
  end
end

module type EMPTY = sig end

module type WITH_TYPES = sig
  type 'a box = Box of 'a
  type point = { x : int; y : int }
  type abstract
  type ('a, 'b) pair = 'a * 'b
  val origin : point
  val unbox : 'a box -> 'a
end

module Ints : CONTAINER with type elt = int = struct
  type elt = int
  type t = int list
  exception Full
  let empty = []
  let add x l = if List.length l >= 3 then raise Full else x :: l
  let to_list l = List.rev l
  module Debug = struct
    let describe l = string_of_int (List.length l) ^ " ints"
  end
end

module Boxes : WITH_TYPES = struct
  type 'a box = Box of 'a
  type point = { x : int; y : int }
  type abstract = unit
  type ('a, 'b) pair = 'a * 'b
  let origin = { x = 0; y = 0 }
  let unbox (Box v) = v
end

let () =
  let c = Ints.(add 3 (add 2 (add 1 empty))) in
  List.iter (Printf.printf "%d ") (Ints.to_list c);
  print_endline (Ints.Debug.describe c);
  (try ignore (Ints.add 4 c) with Ints.Full -> print_endline "full");
  Printf.printf "%d %d\n" (Boxes.unbox (Boxes.Box 7)) Boxes.origin.Boxes.x
