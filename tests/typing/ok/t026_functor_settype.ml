(* A Set.Make-style functor written in the file *)
module type ORDERED = sig
  type t
  val compare : t -> t -> int
end

module type SET = sig
  type elt
  type t
  val empty : t
  val add : elt -> t -> t
  val mem : elt -> t -> bool
  val elements : t -> elt list
end

module MakeSet (Ord : ORDERED) : SET with type elt = Ord.t = struct
  type elt = Ord.t
  type t = elt list
  let empty = []
  let rec add x = function
    | [] -> [x]
    | y :: ys as l ->
      let c = Ord.compare x y in
      if c = 0 then l else if c < 0 then x :: l else y :: add x ys
  let mem x l = List.exists (fun y -> Ord.compare x y = 0) l
  let elements l = l
end

module IntSet = MakeSet (struct type t = int let compare = compare end)
module StringSet = MakeSet (String)

let s = List.fold_right IntSet.add [3; 1; 2; 3] IntSet.empty
let names = StringSet.add "bob" (StringSet.add "alice" StringSet.empty)

let () =
  List.iter (Printf.printf "%d ") (IntSet.elements s);
  Printf.printf "%b\n" (StringSet.mem "bob" names)
