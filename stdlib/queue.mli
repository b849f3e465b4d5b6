(** Mutable first-in first-out queues: elements are taken out in the order
    in which they were added.  Adding, taking and measuring a queue all
    take constant time. *)
type 'a t
(** A queue of elements of type ['a], modified in place. *)
exception Empty
(** Raised by [take], [pop], [peek] and [top] on an empty queue. *)
val create : unit -> 'a t
(** A new, empty queue. *)
val add : 'a -> 'a t -> unit
(** [add x q] puts [x] at the back of [q]. *)
val push : 'a -> 'a t -> unit
(** Another name for [add]. *)
val take : 'a t -> 'a
(** Removes the element at the front of the queue and returns it.
    Raises [Empty] when the queue is empty. *)
val take_opt : 'a t -> 'a option
(** Like [take], with [None] for an empty queue. *)
val pop : 'a t -> 'a
(** Another name for [take].  Raises [Empty] when the queue is empty. *)
val peek : 'a t -> 'a
(** The element at the front of the queue, left in place.
    Raises [Empty] when the queue is empty. *)
val peek_opt : 'a t -> 'a option
(** Like [peek], with [None] for an empty queue. *)
val top : 'a t -> 'a
(** Another name for [peek].  Raises [Empty] when the queue is empty. *)
val clear : 'a t -> unit
(** Removes every element. *)
val copy : 'a t -> 'a t
(** A new queue with the same elements in the same order; the two queues
    then evolve independently.  Linear time. *)
val is_empty : 'a t -> bool
(** Tells whether the queue has no elements. *)
val length : 'a t -> int
(** The number of elements.  Constant time. *)
val iter : ('a -> unit) -> 'a t -> unit
(** Calls the function on each element, from front to back; the queue
    must not be modified meanwhile. *)
val fold : ('b -> 'a -> 'b) -> 'b -> 'a t -> 'b
(** [fold f init q] threads an accumulator through the elements, from
    front to back, like [List.fold_left] on the list of elements. *)
val transfer : 'a t -> 'a t -> unit
(** [transfer q1 q2] moves all elements of [q1] to the back of [q2], in
    order, leaving [q1] empty.  Constant time. *)
val to_seq : 'a t -> 'a Seq.t
(** The elements as a sequence, from front to back.  The queue must not
    be modified while the sequence is in use. *)
val add_seq : 'a t -> 'a Seq.t -> unit
(** Adds every element of the sequence at the back of the queue, in
    order. *)
val of_seq : 'a Seq.t -> 'a t
(** A new queue holding the elements of a finite sequence, the first one
    at the front. *)
