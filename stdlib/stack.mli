(** Mutable last-in first-out stacks: the element taken out is always the
    most recently pushed one.  Every operation except traversal takes
    constant time. *)
type 'a t
(** A stack of elements of type ['a], modified in place. *)
exception Empty
(** Raised by [pop] and [top] on an empty stack. *)
val create : unit -> 'a t
(** A new, empty stack. *)
val push : 'a -> 'a t -> unit
(** [push x s] puts [x] on top of [s]. *)
val pop : 'a t -> 'a
(** Removes the top element and returns it.
    Raises [Empty] when the stack is empty. *)
val pop_opt : 'a t -> 'a option
(** Like [pop], with [None] for an empty stack. *)
val top : 'a t -> 'a
(** The top element, left in place.  Raises [Empty] when the stack is
    empty. *)
val top_opt : 'a t -> 'a option
(** Like [top], with [None] for an empty stack. *)
val clear : 'a t -> unit
(** Removes every element. *)
val copy : 'a t -> 'a t
(** A new stack with the same elements; the two stacks then evolve
    independently.  Constant time. *)
val is_empty : 'a t -> bool
(** Tells whether the stack has no elements. *)
val length : 'a t -> int
(** The number of elements.  Constant time. *)
val iter : ('a -> unit) -> 'a t -> unit
(** Calls the function on each element, from the top down. *)
val fold : ('b -> 'a -> 'b) -> 'b -> 'a t -> 'b
(** [fold f init s] threads an accumulator through the elements, from the
    top down. *)
val to_seq : 'a t -> 'a Seq.t
(** The elements as a sequence, from the top down, as they are at the time
    of the call. *)
val add_seq : 'a t -> 'a Seq.t -> unit
(** Pushes every element of the sequence in order, so the last one ends up
    on top. *)
val of_seq : 'a Seq.t -> 'a t
(** A new stack made by pushing the elements of a finite sequence in
    order; the last element is on top. *)
