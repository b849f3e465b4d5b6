(** Function manipulation. *)
external id : 'a -> 'a = "%identity"
(** The identity function: returns its argument. *)
val const : 'a -> 'b -> 'a
(** [const c] is a function that ignores its argument and always returns
    [c]. *)
val flip : ('a -> 'b -> 'c) -> 'b -> 'a -> 'c
(** [flip f] is [f] with its two arguments swapped: [flip f x y] is
    [f y x]. *)
val negate : ('a -> bool) -> 'a -> bool
(** [negate p] is the predicate that holds exactly when [p] does not:
    [negate p x] is [not (p x)]. *)
val protect : (unit -> unit) -> (unit -> 'a) -> 'a
(** [protect finally work] calls [work ()] and returns its result, making
    sure [finally ()] runs afterwards whether [work] returned or raised (in
    which case the exception is raised again). If [finally] itself raises
    an exception [e], [protect] raises [Finally_raised e] instead. OCaml
    labels the first argument [~finally]; here it is positional. *)
exception Finally_raised of exn
(** Raised by [protect] when its [finally] function raises; the payload is
    the exception [finally] raised. [Printexc.to_string] shows it as
    [Fun.Finally_raised: ] followed by the inner exception. *)
