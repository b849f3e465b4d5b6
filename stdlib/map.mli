(** Immutable maps (dictionaries) from keys of a totally ordered type to
    data, built with the [Make] functor.  They are stored as balanced
    binary search trees, so that lookup, insertion and removal take time
    logarithmic in the number of bindings; every update returns a new map
    and leaves the old one intact. *)
module type OrderedType = sig
  type t
  val compare : t -> t -> int
  (** A total order on keys: negative when the first argument is smaller,
      zero when the two are equal, positive otherwise. *)
end
(** What [Make] needs to know about keys: their type and an ordering. *)
module type S = sig
  type key
  (** The type of the keys. *)
  type +'a t
  (** A map from [key] to data of type ['a]. *)
  val empty : 'a t
  (** The map with no bindings. *)
  val is_empty : 'a t -> bool
  (** Tells whether the map has no bindings. *)
  val mem : key -> 'a t -> bool
  (** [mem k m] tells whether [k] is bound in [m]. *)
  val add : key -> 'a -> 'a t -> 'a t
  (** [add k v m] is [m] with [k] bound to [v], replacing the previous
      binding of [k] if there is one.  When [k] is already bound to a datum
      physically equal to [v], [m] itself is returned. *)
  val update : key -> ('a option -> 'a option) -> 'a t -> 'a t
  (** [update k f m] asks [f] for the new datum of [k], passing the current
      one ([None] if [k] is unbound): [Some v] binds [k] to [v] and [None]
      leaves [k] unbound.  Returns [m] itself when nothing changes
      physically. *)
  val singleton : key -> 'a -> 'a t
  (** The map holding just the given binding. *)
  val remove : key -> 'a t -> 'a t
  (** The map without any binding for the key; [m] itself when the key was
      not bound. *)
  val merge : (key -> 'a option -> 'b option -> 'c option) -> 'a t -> 'b t -> 'c t
  (** [merge f m1 m2] builds a map over the keys bound in [m1] or [m2]: for
      each such key [k], [f k o1 o2] receives the optional data of both
      maps and decides the datum of [k] in the result ([None] drops it). *)
  val union : (key -> 'a -> 'a -> 'a option) -> 'a t -> 'a t -> 'a t
  (** The union of two maps.  For a key bound in both, [f k v1 v2] chooses
      the datum to keep, or [None] to drop the key; other bindings are kept
      as they are. *)
  val compare : ('a -> 'a -> int) -> 'a t -> 'a t -> int
  (** A total order on maps, given an order on data: bindings are compared
      in increasing key order, keys first, then data. *)
  val equal : ('a -> 'a -> bool) -> 'a t -> 'a t -> bool
  (** [equal eq m1 m2] holds when both maps bind the same keys and [eq]
      holds on the data of each key. *)
  val iter : (key -> 'a -> unit) -> 'a t -> unit
  (** Calls the function on every binding, in increasing order of keys. *)
  val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
  (** [fold f m init] threads an accumulator through the bindings of [m],
      in increasing order of keys. *)
  val for_all : (key -> 'a -> bool) -> 'a t -> bool
  (** Tells whether every binding satisfies the predicate (true for the
      empty map). *)
  val exists : (key -> 'a -> bool) -> 'a t -> bool
  (** Tells whether at least one binding satisfies the predicate. *)
  val filter : (key -> 'a -> bool) -> 'a t -> 'a t
  (** Keeps only the bindings that satisfy the predicate; returns the map
      itself when all of them do. *)
  val filter_map : (key -> 'a -> 'b option) -> 'a t -> 'b t
  (** Applies the function to every binding: [Some v] keeps the key with
      the new datum [v], [None] drops it. *)
  val partition : (key -> 'a -> bool) -> 'a t -> 'a t * 'a t
  (** Splits the map into the bindings that satisfy the predicate and
      those that do not. *)
  val cardinal : 'a t -> int
  (** The number of bindings (linear time). *)
  val bindings : 'a t -> (key * 'a) list
  (** All bindings as a list of pairs, in increasing order of keys. *)
  val min_binding : 'a t -> key * 'a
  (** The binding with the smallest key.
      Raises [Not_found] on the empty map. *)
  val min_binding_opt : 'a t -> (key * 'a) option
  (** The binding with the smallest key, or [None] for the empty map. *)
  val max_binding : 'a t -> key * 'a
  (** The binding with the largest key.
      Raises [Not_found] on the empty map. *)
  val max_binding_opt : 'a t -> (key * 'a) option
  (** The binding with the largest key, or [None] for the empty map. *)
  val choose : 'a t -> key * 'a
  (** Some binding of the map (here the one with the smallest key); equal
      maps give equal bindings.  Raises [Not_found] on the empty map. *)
  val choose_opt : 'a t -> (key * 'a) option
  (** Like [choose], with [None] for the empty map. *)
  val split : key -> 'a t -> 'a t * 'a option * 'a t
  (** [split k m] is the triple of the bindings of [m] with keys smaller
      than [k], the datum of [k] if it is bound, and the bindings with keys
      larger than [k]. *)
  val find : key -> 'a t -> 'a
  (** The datum bound to the key.  Raises [Not_found] if it is unbound. *)
  val find_opt : key -> 'a t -> 'a option
  (** The datum bound to the key, or [None] if it is unbound. *)
  val find_first : (key -> bool) -> 'a t -> key * 'a
  (** [find_first f m], for a predicate [f] that is false then true as
      keys grow, is the binding with the smallest key satisfying [f].
      Raises [Not_found] when no key does. *)
  val find_first_opt : (key -> bool) -> 'a t -> (key * 'a) option
  (** Like [find_first], with [None] when no key satisfies the
      predicate. *)
  val find_last : (key -> bool) -> 'a t -> key * 'a
  (** [find_last f m], for a predicate [f] that is true then false as keys
      grow, is the binding with the largest key satisfying [f].
      Raises [Not_found] when no key does. *)
  val find_last_opt : (key -> bool) -> 'a t -> (key * 'a) option
  (** Like [find_last], with [None] when no key satisfies the predicate. *)
  val map : ('a -> 'b) -> 'a t -> 'b t
  (** A map with the same keys whose data have gone through the function,
      applied in increasing order of keys. *)
  val mapi : (key -> 'a -> 'b) -> 'a t -> 'b t
  (** Like [map], but the function also receives each key. *)
  val to_seq : 'a t -> (key * 'a) Seq.t
  (** The bindings as a sequence, in increasing order of keys. *)
  val to_rev_seq : 'a t -> (key * 'a) Seq.t
  (** The bindings as a sequence, in decreasing order of keys. *)
  val to_seq_from : key -> 'a t -> (key * 'a) Seq.t
  (** [to_seq_from k m] yields, in increasing order, the bindings of [m]
      whose keys are greater than or equal to [k]. *)
  val add_seq : (key * 'a) Seq.t -> 'a t -> 'a t
  (** Adds the bindings of the sequence to the map, in order, so a key seen
      several times keeps its last datum. *)
  val of_seq : (key * 'a) Seq.t -> 'a t
  (** The map built from the bindings of the sequence, the last one
      winning for repeated keys. *)
end
(** The signature of the maps produced by [Make]. *)
module Make (Ord : OrderedType) : S with type key = Ord.t
(** [Make (Ord)] implements maps whose keys have type [Ord.t], ordered by
    [Ord.compare]. *)
