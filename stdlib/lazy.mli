(** Deferred computations. *)
type 'a t = 'a lazy_t
(** A suspension: a computation of a value of type ['a] that runs at most
    once, the first time it is forced. [lazy e] builds one. *)
exception Undefined
(** Raised when a suspension is forced while it is already being forced,
    i.e. when its own computation needs its value. Printed as
    [CamlinternalLazy.Undefined]. *)
val force : 'a t -> 'a  (* OCaml: external "%lazy_force"; see lazy.ml *)
(** Forces a suspension: the first time, runs its computation and keeps
    the result, which later calls return without recomputing. If the
    computation raises an exception, every call to [force] raises that
    same exception. Raises [Undefined] when the suspension forces itself. *)
val force_val : 'a t -> 'a
(** Like [force]; but if the computation raises an exception, later calls
    raise [Undefined] rather than that exception. *)
val from_fun : (unit -> 'a) -> 'a t
(** [from_fun f] is a suspension that calls [f ()] when forced; the same as
    [lazy (f ())]. *)
val from_val : 'a -> 'a t
(** [from_val v] is a suspension already holding [v]: forcing it computes
    nothing. *)
val is_val : 'a t -> bool
(** [true] when the suspension has already been forced and holds its value;
    [false] if it has not, or if its computation raised an exception. *)
val map : ('a -> 'b) -> 'a t -> 'b t
(** [map f x] is a suspension which, when forced, forces [x] and applies
    [f] to its value. *)
val map_val : ('a -> 'b) -> 'a t -> 'b t
(** Like [map], except that when [x] is already forced [f] is applied at
    once and the result is an already-forced suspension. *)
val lazy_from_fun : (unit -> 'a) -> 'a t
(** Deprecated synonym of [from_fun]. *)
val lazy_from_val : 'a -> 'a t
(** Deprecated synonym of [from_val]. *)
val lazy_is_val : 'a t -> bool
(** Deprecated synonym of [is_val]. *)
