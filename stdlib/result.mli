(** Functions over results: a value of type [('a, 'e) result] is either
    [Ok v], a success carrying [v], or [Error e], a failure carrying [e]. *)
type ('a, 'e) t = ('a, 'e) result = Ok of 'a | Error of 'e
(** The result type, with its two constructors. *)
val ok : 'a -> ('a, 'e) result
(** [ok v] is [Ok v], as a function. *)
val error : 'e -> ('a, 'e) result
(** [error e] is [Error e], as a function. *)
val value : ('a, 'e) result -> 'a -> 'a
(** [value r default] is the success value of [r], or [default] when [r]
    is an [Error]. *)
val get_ok : ('a, 'e) result -> 'a
(** The success value of an [Ok].  Raises
    [Invalid_argument "result is Error _"] on an [Error]. *)
val get_error : ('a, 'e) result -> 'e
(** The failure value of an [Error].  Raises
    [Invalid_argument "result is Ok _"] on an [Ok]. *)
val bind : ('a, 'e) result -> ('a -> ('b, 'e) result) -> ('b, 'e) result
(** [bind r f] continues with [f v] when [r] is [Ok v]; an [Error] is
    passed on unchanged without calling [f]. *)
val join : (('a, 'e) result, 'e) result -> ('a, 'e) result
(** Removes one level of nesting: [Ok r] becomes [r], an [Error] is kept. *)
val map : ('a -> 'b) -> ('a, 'e) result -> ('b, 'e) result
(** Transforms the success value with the function; an [Error] is kept. *)
val map_error : ('e -> 'f) -> ('a, 'e) result -> ('a, 'f) result
(** Transforms the failure value with the function; an [Ok] is kept. *)
val fold : ('a -> 'c) -> ('e -> 'c) -> ('a, 'e) result -> 'c
(** [fold ok error r] applies [ok] to a success value and [error] to a
    failure value. *)
val iter : ('a -> unit) -> ('a, 'e) result -> unit
(** Calls the function on the success value; does nothing on an
    [Error]. *)
val iter_error : ('e -> unit) -> ('a, 'e) result -> unit
(** Calls the function on the failure value; does nothing on an [Ok]. *)
val is_ok : ('a, 'e) result -> bool
(** Tells whether the result is an [Ok]. *)
val is_error : ('a, 'e) result -> bool
(** Tells whether the result is an [Error]. *)
val to_option : ('a, 'e) result -> 'a option
(** [Some v] for [Ok v], [None] for an [Error] (whose payload is lost). *)
val to_list : ('a, 'e) result -> 'a list
(** [[v]] for [Ok v], [[]] for an [Error]. *)
