(** Functions over optional values: [Some v] holds a value, [None] stands
    for its absence. *)
type 'a t = 'a option = None | Some of 'a
(** The option type, with its two constructors. *)
val none : 'a option
(** The value [None]. *)
val some : 'a -> 'a option
(** [some v] is [Some v], as a function. *)
val value : 'a option -> 'a -> 'a
(** [value o default] is the contents of [o], or [default] when [o] is
    [None]. *)
val get : 'a option -> 'a
(** The contents of a [Some].  Raises [Invalid_argument "option is None"]
    on [None]. *)
val bind : 'a option -> ('a -> 'b option) -> 'b option
(** [bind o f] applies [f] to the contents of [o]; [None] stays [None]
    without calling [f]. *)
val join : 'a option option -> 'a option
(** Removes one level of nesting: [Some o] becomes [o], [None] stays
    [None]. *)
val map : ('a -> 'b) -> 'a option -> 'b option
(** Transforms the contents of a [Some] with the function; [None] stays
    [None]. *)
val fold : 'a -> ('b -> 'a) -> 'b option -> 'a
(** [fold none some o] is [some v] when [o] is [Some v], and [none] when
    it is [None]. *)
val iter : ('a -> unit) -> 'a option -> unit
(** Calls the function on the contents of a [Some]; does nothing on
    [None]. *)
val is_none : 'a option -> bool
(** Tells whether the option is [None]. *)
val is_some : 'a option -> bool
(** Tells whether the option is a [Some]. *)
val equal : ('a -> 'a -> bool) -> 'a option -> 'a option -> bool
(** Two options are equal when both are [None], or both are [Some] with
    contents equal according to the given function. *)
val compare : ('a -> 'a -> int) -> 'a option -> 'a option -> int
(** Orders options, [None] before every [Some]; two [Some] are ordered by
    their contents with the given function. *)
val to_result : 'e -> 'a option -> ('a, 'e) result
(** [to_result err o] turns [Some v] into [Ok v] and [None] into
    [Error err]. *)
val to_list : 'a option -> 'a list
(** The contents as a list: [[v]] for [Some v], [[]] for [None]. *)
val to_seq : 'a option -> 'a Seq.t
(** The contents as a sequence of zero or one element. *)
