(** Lazy sequences: a sequence is a function that, when called, computes
    its first element and the rest of the sequence, so elements are
    produced only on demand and sequences may be infinite.  A sequence may
    be replayed by calling it again, in which case its elements are
    computed again. *)
type 'a t = unit -> 'a node
(** A delayed sequence: applying it to [()] yields its first node. *)
and +'a node = Nil | Cons of 'a * 'a t
(** A forced sequence: either the end ([Nil]) or an element followed by
    the rest of the sequence ([Cons]). *)
val empty : 'a t
(** The sequence with no elements. *)
val return : 'a -> 'a t
(** The sequence holding exactly one element. *)
val cons : 'a -> 'a t -> 'a t
(** [cons x s] is the sequence that yields [x] and then the elements of
    [s]. *)
val append : 'a t -> 'a t -> 'a t
(** [append s1 s2] yields the elements of [s1], then those of [s2]; [s2]
    is not touched before [s1] is exhausted. *)
val map : ('a -> 'b) -> 'a t -> 'b t
(** The images of the elements by the function, computed lazily, only as
    the result is consumed. *)
val filter : ('a -> bool) -> 'a t -> 'a t
(** The elements that satisfy the predicate, tested lazily. *)
val filter_map : ('a -> 'b option) -> 'a t -> 'b t
(** Applies the function lazily to each element, keeping the contents of
    its [Some] results and skipping the elements mapped to [None]. *)
val concat : 'a t t -> 'a t
(** Chains a sequence of sequences into a single sequence. *)
val flat_map : ('a -> 'b t) -> 'a t -> 'b t
(** [flat_map f s] maps each element of [s] to a sequence with [f] and
    chains those sequences, lazily. *)
val concat_map : ('a -> 'b t) -> 'a t -> 'b t
(** Another name for [flat_map]. *)
val fold_left : ('a -> 'b -> 'a) -> 'a -> 'b t -> 'a
(** Consumes the whole sequence, threading an accumulator through its
    elements from first to last.  Does not return on an infinite
    sequence. *)
val iter : ('a -> unit) -> 'a t -> unit
(** Consumes the whole sequence, calling the function on each element in
    order.  Does not return on an infinite sequence. *)
val unfold : ('b -> ('a * 'b) option) -> 'b -> 'a t
(** [unfold step seed] builds a sequence from a state: while [step] gives
    [Some (x, seed')], [x] is the next element and [seed'] the next state;
    [None] ends the sequence.  [step] is called lazily. *)
