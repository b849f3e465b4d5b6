(** Mutable hash tables, updated in place.  A key may be bound several
    times: [add] hides the previous binding instead of removing it, and
    [remove] uncovers it again.  The generic functions of this module hash
    keys with [hash] and compare them with [compare]; the [Make] functor
    builds tables that use your own hashing and equality. *)
type ('a, 'b) t
(** A table mapping keys of type ['a] to data of type ['b]. *)
val create : int -> ('a, 'b) t
(** [create n] makes an empty table; [n] is only a hint of how many
    bindings it will hold (the table grows as needed).  The initial number
    of buckets is the smallest power of two that is at least [n] and at
    least 16. *)
val clear : ('a, 'b) t -> unit
(** Removes every binding, keeping the current bucket array. *)
val reset : ('a, 'b) t -> unit
(** Removes every binding and shrinks the bucket array back to the size it
    had when the table was created. *)
val copy : ('a, 'b) t -> ('a, 'b) t
(** A new table with the same bindings; later changes to one table do not
    affect the other. *)
val add : ('a, 'b) t -> 'a -> 'b -> unit
(** [add tbl k v] binds [k] to [v], hiding (not erasing) any earlier
    binding of [k].  Amortized constant time; the bucket array doubles when
    the table holds more than twice as many bindings as buckets. *)
val find : ('a, 'b) t -> 'a -> 'b
(** The data of the most recent binding of the key.
    Raises [Not_found] if the key is unbound. *)
val find_opt : ('a, 'b) t -> 'a -> 'b option
(** The data of the most recent binding of the key, or [None] if there is
    no binding. *)
val find_all : ('a, 'b) t -> 'a -> 'b list
(** Every datum bound to the key, most recent first; [[]] when the key is
    unbound. *)
val mem : ('a, 'b) t -> 'a -> bool
(** Tells whether the key has at least one binding. *)
val remove : ('a, 'b) t -> 'a -> unit
(** Removes the most recent binding of the key, making the previous one
    (if any) visible again.  Does nothing when the key is unbound. *)
val replace : ('a, 'b) t -> 'a -> 'b -> unit
(** [replace tbl k v] overwrites the most recent binding of [k] with [v],
    or adds a binding when [k] is unbound.  Using only [replace] keeps at
    most one binding per key. *)
val iter : ('a -> 'b -> unit) -> ('a, 'b) t -> unit
(** Calls the function on every binding, hidden ones included (a key's
    bindings come most recent first).  The order between different keys is
    unspecified; the table must not be modified meanwhile. *)
val filter_map_inplace : ('a -> 'b -> 'b option) -> ('a, 'b) t -> unit
(** Updates every binding in place: a result [Some v] replaces its datum
    by [v], [None] deletes the binding. *)
val fold : ('a -> 'b -> 'c -> 'c) -> ('a, 'b) t -> 'c -> 'c
(** [fold f tbl init] threads an accumulator through all bindings, visiting
    them in the same order as [iter]. *)
val length : ('a, 'b) t -> int
(** The number of bindings, hidden ones included.  Constant time. *)
type statistics = {
  num_bindings : int;
  num_buckets : int;
  max_bucket_length : int;
  bucket_histogram : int array;
}
(** Figures describing the shape of a table: how many bindings and buckets
    it has, the longest bucket, and in [bucket_histogram.(i)] the number of
    buckets holding exactly [i] bindings. *)
val stats : ('a, 'b) t -> statistics
(** Measures the table (linear time in its number of buckets). *)
val to_seq : ('a, 'b) t -> ('a * 'b) Seq.t
(** The bindings of the table as a sequence of pairs, in the order of
    [iter].  The result is unspecified if the table changes while the
    sequence is being consumed. *)
val to_seq_keys : ('a, 'b) t -> 'a Seq.t
(** The keys of all bindings, in the order of [to_seq]; a key bound several
    times appears several times. *)
val to_seq_values : ('a, 'b) t -> 'b Seq.t
(** The data of all bindings, in the order of [to_seq]. *)
val add_seq : ('a, 'b) t -> ('a * 'b) Seq.t -> unit
(** Calls [add] on each pair of the sequence, in order. *)
val replace_seq : ('a, 'b) t -> ('a * 'b) Seq.t -> unit
(** Calls [replace] on each pair of the sequence, in order. *)
val of_seq : ('a * 'b) Seq.t -> ('a, 'b) t
(** A fresh table filled from the sequence with [replace], so a key that
    occurs more than once ends up bound to its last datum. *)
module type HashedType = sig
  type t
  val equal : t -> t -> bool
  (** The equality used to tell keys apart.  Keys that it considers equal
      must have the same [hash]. *)
  val hash : t -> int
  (** A hash function for keys, returning a non-negative integer. *)
end
(** What [Make] needs to know about keys: an equality and a hash function
    compatible with it. *)
module type S = sig
  type key
  (** The type of the keys. *)
  type 'a t
  (** A table from [key] to data of type ['a]. *)
  val create : int -> 'a t
  (** An empty table; the argument is a hint of its future size. *)
  val clear : 'a t -> unit
  (** Removes every binding. *)
  val reset : 'a t -> unit
  (** Removes every binding and returns to the initial bucket array size. *)
  val copy : 'a t -> 'a t
  (** An independent table with the same bindings. *)
  val add : 'a t -> key -> 'a -> unit
  (** Binds a key, hiding its previous binding if it has one. *)
  val remove : 'a t -> key -> unit
  (** Removes the most recent binding of a key, if any. *)
  val find : 'a t -> key -> 'a
  (** The datum most recently bound to the key.
      Raises [Not_found] if the key is unbound. *)
  val find_opt : 'a t -> key -> 'a option
  (** The datum most recently bound to the key, or [None]. *)
  val find_all : 'a t -> key -> 'a list
  (** All data bound to the key, most recent first. *)
  val replace : 'a t -> key -> 'a -> unit
  (** Overwrites the most recent binding of the key, or adds one. *)
  val mem : 'a t -> key -> bool
  (** Tells whether the key is bound. *)
  val iter : (key -> 'a -> unit) -> 'a t -> unit
  (** Calls the function on every binding, in unspecified order. *)
  val filter_map_inplace : (key -> 'a -> 'a option) -> 'a t -> unit
  (** Replaces or deletes every binding according to the function. *)
  val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
  (** Folds over every binding, in the order of [iter]. *)
  val length : 'a t -> int
  (** The number of bindings, hidden ones included. *)
  val stats : 'a t -> statistics
  (** Statistics on the bucket array. *)
  val to_seq : 'a t -> (key * 'a) Seq.t
  (** The bindings as a sequence of pairs. *)
  val to_seq_keys : 'a t -> key Seq.t
  (** The keys of the bindings as a sequence. *)
  val to_seq_values : 'a t -> 'a Seq.t
  (** The data of the bindings as a sequence. *)
  val add_seq : 'a t -> (key * 'a) Seq.t -> unit
  (** Adds every pair of the sequence with [add]. *)
  val replace_seq : 'a t -> (key * 'a) Seq.t -> unit
  (** Adds every pair of the sequence with [replace]. *)
  val of_seq : (key * 'a) Seq.t -> 'a t
  (** A new table built from the sequence with [replace]. *)
end
(** The operations of a hash table whose keys have a fixed type [key];
    they behave like the generic functions of the same name. *)
module Make (H : HashedType) : S with type key = H.t
(** [Make (H)] is a hash table module whose keys are hashed with [H.hash]
    and compared with [H.equal]. *)
val hash : 'a -> int
(** The generic hash function: values that are structurally equal get the
    same (non-negative) hash.  It explores only a bounded part of a large
    or cyclic value, so it always terminates. *)
