(* Sets over ordered types.

   This module implements the set data structure, given a total ordering
   function over the set elements.  All operations over sets are purely
   applicative (no side-effects).  The implementation uses balanced binary
   trees, and is therefore reasonably efficient: insertion and membership
   take time logarithmic in the size of the set, for instance.

   The [Make] functor constructs implementations for any type, given a
   [compare] function.  For instance:

     module IntPairs =
       struct
         type t = int * int
         let compare (x0,y0) (x1,y1) =
           match Stdlib.compare x0 x1 with
             0 -> Stdlib.compare y0 y1
           | c -> c
       end

     module PairsSet = Set.Make(IntPairs)

     let m = PairsSet.(empty |> add (2,3) |> add (5,7) |> add (11,13))

   This creates a new module [PairsSet], with a new type [PairsSet.t] of
   sets of [int * int].

   robur's interface follows OCaml 4.13's item for item and in the same
   order, because `ocamlc -i` prints the whole result signature of an
   application of [Make], and error messages quote the declarations of
   [OrderedType] by their position in this file (as OCaml's own set.mli
   places them), so the layout of the next lines is kept on purpose.

   The elements are compared with [Ord.compare] only: two elements that
   [Ord.compare] considers equal are the same element of a set.

   Iteration functions ([iter], [fold], [elements], [to_seq], ...) visit
   the elements in increasing order with respect to [Ord.compare].

   Functions whose name ends in [_opt] return [None] instead of raising
   [Not_found].
*)








(* Input signature of the functor [Make]. *)
module type OrderedType =
  sig
    type t
    val compare : t -> t -> int
  end
module type S = sig
  type elt
  type t
  val empty : t
  val is_empty : t -> bool
  val mem : elt -> t -> bool
  val add : elt -> t -> t
  val singleton : elt -> t
  val remove : elt -> t -> t
  val union : t -> t -> t
  val inter : t -> t -> t
  val disjoint : t -> t -> bool
  val diff : t -> t -> t
  val compare : t -> t -> int
  val equal : t -> t -> bool
  val subset : t -> t -> bool
  val iter : (elt -> unit) -> t -> unit
  val map : (elt -> elt) -> t -> t
  val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a
  val for_all : (elt -> bool) -> t -> bool
  val exists : (elt -> bool) -> t -> bool
  val filter : (elt -> bool) -> t -> t
  val filter_map : (elt -> elt option) -> t -> t
  val partition : (elt -> bool) -> t -> t * t
  val cardinal : t -> int
  val elements : t -> elt list
  val min_elt : t -> elt
  val min_elt_opt : t -> elt option
  val max_elt : t -> elt
  val max_elt_opt : t -> elt option
  val choose : t -> elt
  val choose_opt : t -> elt option
  val split : elt -> t -> t * bool * t
  val find : elt -> t -> elt
  val find_opt : elt -> t -> elt option
  val find_first : (elt -> bool) -> t -> elt
  val find_first_opt : (elt -> bool) -> t -> elt option
  val find_last : (elt -> bool) -> t -> elt
  val find_last_opt : (elt -> bool) -> t -> elt option
  val of_list : elt list -> t
  val to_seq_from : elt -> t -> elt Seq.t
  val to_seq : t -> elt Seq.t
  val to_rev_seq : t -> elt Seq.t
  val add_seq : elt Seq.t -> t -> t
  val of_seq : elt Seq.t -> t
end
module Make (Ord : OrderedType) : S with type elt = Ord.t
