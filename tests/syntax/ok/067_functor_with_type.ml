(* with type constraints on functor results and signatures. *)
module type ORD = sig
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

module MakeSet (O : ORD) : SET with type elt = O.t = struct
  type elt = O.t
  type t = elt list
  let empty = []
  let rec add x = function
    | [] -> [x]
    | y :: rest as l ->
      let c = O.compare x y in
      if c = 0 then l else if c < 0 then x :: l else y :: add x rest
  let mem x l = List.exists (fun y -> O.compare x y = 0) l
  let elements l = l
end

module type MAP_LIKE = sig
  type key
  type 'a t
  val empty : 'a t
end

module IntSet = MakeSet (struct type t = int let compare = compare end)
module StrSet = MakeSet (String)

module M : MAP_LIKE with type key = string and type 'a t = (string * 'a) list = struct
  type key = string
  type 'a t = (key * 'a) list
  let empty = []
end

let () =
  let s = List.fold_right IntSet.add [5; 1; 3; 1; 5] IntSet.empty in
  List.iter (Printf.printf "%d ") (IntSet.elements s);
  print_newline ();
  Printf.printf "%b %b\n" (IntSet.mem 3 s) (IntSet.mem 4 s);
  let t = StrSet.(add "b" (add "a" empty)) in
  print_endline (String.concat "," (StrSet.elements t));
  let m : int M.t = ("x", 1) :: M.empty in
  Printf.printf "%d\n" (List.length m)
