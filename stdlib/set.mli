(** Immutable sets of elements of a totally ordered type, built with the
    [Make] functor.  Sets are balanced binary search trees: membership,
    insertion and removal take logarithmic time, and every operation
    returns a new set, leaving its arguments untouched.

    Only [Ord.compare] decides equality: two elements that it finds equal
    count as one element of a set.  Traversals ([iter], [fold], [elements],
    [to_seq], ...) go through the elements in increasing order, and the
    functions whose name ends in [_opt] return [None] where their plain
    counterpart raises [Not_found].  Example, sets of strings ignoring
    case:

    [module CiSet = Set.Make (struct
       type t = string
       let compare a b =
         String.compare (String.lowercase_ascii a) (String.lowercase_ascii b)
     end)] *)

(* robur's interface follows OCaml 4.13's item for item and in the same
   order, because `ocamlc -i` prints the whole result signature of an
   application of [Make], and error messages quote the declarations of
   [OrderedType] by their position in this file (as OCaml's own set.mli
   places them), so the layout of the next lines is kept on purpose. *)



























(* Input signature of the functor [Make]. *)
module type OrderedType =
  sig
    type t
    val compare : t -> t -> int
    (** A total order on elements: negative, zero or positive as the
        first argument is smaller than, equal to or greater than the
        second. *)
  end
(** What [Make] needs to know about elements: their type and an
    ordering. *)
module type S = sig
  type elt
  (** The type of the elements. *)
  type t
  (** A set of [elt] values. *)
  val empty : t
  (** The set with no elements. *)
  val is_empty : t -> bool
  (** Tells whether the set has no elements. *)
  val mem : elt -> t -> bool
  (** [mem x s] tells whether [x] belongs to [s].  Logarithmic time. *)
  val add : elt -> t -> t
  (** [add x s] is [s] with [x] added; when [s] already holds an element
      equal to [x], [s] itself is returned (the old element stays). *)
  val singleton : elt -> t
  (** The set holding just the given element. *)
  val remove : elt -> t -> t
  (** [remove x s] is [s] without the element equal to [x]; [s] itself
      when there is none. *)
  val union : t -> t -> t
  (** The elements that are in either set. *)
  val inter : t -> t -> t
  (** The elements that are in both sets. *)
  val disjoint : t -> t -> bool
  (** Tells whether the two sets have no element in common. *)
  val diff : t -> t -> t
  (** [diff s1 s2] keeps the members of [s1] that do not occur in [s2]. *)
  val compare : t -> t -> int
  (** A total order on sets, comparing their elements in increasing
      order, lexicographically. *)
  val equal : t -> t -> bool
  (** Tells whether two sets have the same elements. *)
  val subset : t -> t -> bool
  (** [subset s1 s2] tells whether every element of [s1] belongs to [s2]. *)
  val iter : (elt -> unit) -> t -> unit
  (** Calls the function on every element, in increasing order. *)
  val map : (elt -> elt) -> t -> t
  (** [map f s] is the set of the images of the elements of [s] by [f],
      applied in increasing order.  Images that collide are merged; [s]
      itself is returned when [f] changes no element physically. *)
  val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a
  (** [fold f s init] threads an accumulator through the members of [s],
      smallest first. *)
  val for_all : (elt -> bool) -> t -> bool
  (** Tells whether every element satisfies the predicate (true for the
      empty set). *)
  val exists : (elt -> bool) -> t -> bool
  (** Tells whether at least one element satisfies the predicate. *)
  val filter : (elt -> bool) -> t -> t
  (** The elements that satisfy the predicate; [s] itself when all of
      them do. *)
  val filter_map : (elt -> elt option) -> t -> t
  (** Applies the function to every element in increasing order,
      keeping the images given as [Some] and dropping the elements mapped
      to [None]. *)
  val partition : (elt -> bool) -> t -> t * t
  (** Splits the set into the elements that satisfy the predicate and
      those that do not. *)
  val cardinal : t -> int
  (** The number of elements (linear time). *)
  val elements : t -> elt list
  (** The elements as a list sorted in increasing order. *)
  val min_elt : t -> elt
  (** The smallest element.  Raises [Not_found] on the empty set. *)
  val min_elt_opt : t -> elt option
  (** The smallest element, or [None] for the empty set. *)
  val max_elt : t -> elt
  (** The largest element.  Raises [Not_found] on the empty set. *)
  val max_elt_opt : t -> elt option
  (** The largest element, or [None] for the empty set. *)
  val choose : t -> elt
  (** Some element of the set (here the smallest); equal sets give equal
      elements.  Raises [Not_found] on the empty set. *)
  val choose_opt : t -> elt option
  (** Like [choose], with [None] for the empty set. *)
  val split : elt -> t -> t * bool * t
  (** [split x s] is the triple of the elements of [s] smaller than [x],
      whether [s] holds an element equal to [x], and the elements larger
      than [x]. *)
  val find : elt -> t -> elt
  (** [find x s] returns the member of [s] that compares equal to [x] (it
      may be a different value from [x] physically).  Raises [Not_found] when there is none. *)
  val find_opt : elt -> t -> elt option
  (** Like [find], with [None] when no element equals the argument. *)
  val find_first : (elt -> bool) -> t -> elt
  (** [find_first f s], for a predicate [f] that is false then true as
      elements grow, is the smallest element satisfying [f].
      Raises [Not_found] when no element does. *)
  val find_first_opt : (elt -> bool) -> t -> elt option
  (** Like [find_first], with [None] when no element satisfies the
      predicate. *)
  val find_last : (elt -> bool) -> t -> elt
  (** [find_last f s], for a predicate [f] that is true then false as
      elements grow, is the largest element satisfying [f].
      Raises [Not_found] when no element does. *)
  val find_last_opt : (elt -> bool) -> t -> elt option
  (** Like [find_last], with [None] when no element satisfies the
      predicate. *)
  val of_list : elt list -> t
  (** The set of the elements of the list; of several equal elements, the
      first one is kept. *)
  val to_seq_from : elt -> t -> elt Seq.t
  (** [to_seq_from x s] yields, smallest first, the members of [s] that
      are not below [x]. *)
  val to_seq : t -> elt Seq.t
  (** The elements as a sequence, in increasing order. *)
  val to_rev_seq : t -> elt Seq.t
  (** The elements as a sequence, in decreasing order. *)
  val add_seq : elt Seq.t -> t -> t
  (** Adds every element of the sequence to the set. *)
  val of_seq : elt Seq.t -> t
  (** The set of the elements of the sequence. *)
end
(** The signature of the sets produced by [Make]. *)
module Make (Ord : OrderedType) : S with type elt = Ord.t
(** [Make (Ord)] implements sets whose elements have type [Ord.t],
    ordered by [Ord.compare]. *)
