(** Pseudo-random numbers (OCaml 4.13's Random: the same sequences). *)
val init : int -> unit
(** Seeds the default generator with an integer; the same seed always gives
    the same sequence of numbers, the same as OCaml 4.13's. *)
val full_init : int array -> unit
(** Like [init] but seeds with all the integers of the array. *)
val self_init : unit -> unit
(** Seeds the default generator with an unpredictable seed drawn from the
    system (a hardware or OS source). *)
val bits : unit -> int
(** 30 random bits, as a non-negative integer below 2 to the power 30. *)
val int : int -> int
(** [int bound] is a random integer from 0 to [bound - 1]. Raises
    [Invalid_argument "Random.int"] unless [bound] is positive and less
    than 2 to the power 30. *)
val full_int : int -> int
(** Like [int] but [bound] may be any positive [int]. Raises
    [Invalid_argument "Random.full_int"] when [bound <= 0]. *)
val int32 : Int32.t -> Int32.t
(** [int32 bound] is a random [int32] from 0 to [bound - 1]. Raises
    [Invalid_argument "Random.int32"] when [bound <= 0]. *)
val nativeint : Nativeint.t -> Nativeint.t
(** [nativeint bound] is a random [nativeint] from 0 to [bound - 1]. Raises
    [Invalid_argument "Random.int64"] (the 64-bit version does the work)
    when [bound <= 0]. *)
val int64 : Int64.t -> Int64.t
(** [int64 bound] is a random [int64] from 0 to [bound - 1]. Raises
    [Invalid_argument "Random.int64"] when [bound <= 0]. *)
val float : float -> float
(** [float bound] is a random float between 0 and [bound] (inclusive);
    [bound] may be negative, giving a negative result. *)
val bool : unit -> bool
(** A random boolean. *)
module State : sig
  type t
  (** The state of a generator; it changes each time a number is drawn. *)
  val make : int array -> t
  (** A new state seeded with the integers of the array, as [full_init]
      would seed the default one. *)
  val make_self_init : unit -> t
  (** A new state seeded unpredictably, as [self_init] does. *)
  val copy : t -> t
  (** An independent copy of a state: both then produce the same numbers. *)
  val bits : t -> int
  (** Like [Random.bits], drawing from the given state. *)
  val int : t -> int -> int
  (** Like [Random.int], drawing from the given state; raises
      [Invalid_argument "Random.int"] in the same cases. *)
  val full_int : t -> int -> int
  (** Like [Random.full_int], drawing from the given state; raises
      [Invalid_argument "Random.full_int"] in the same cases. *)
  val int32 : t -> Int32.t -> Int32.t
  (** Like [Random.int32], drawing from the given state; raises
      [Invalid_argument "Random.int32"] in the same cases. *)
  val nativeint : t -> Nativeint.t -> Nativeint.t
  (** Like [Random.nativeint], drawing from the given state; raises
      [Invalid_argument "Random.int64"] in the same cases. *)
  val int64 : t -> Int64.t -> Int64.t
  (** Like [Random.int64], drawing from the given state; raises
      [Invalid_argument "Random.int64"] in the same cases. *)
  val float : t -> float -> float
  (** Like [Random.float], drawing from the given state. *)
  val bool : t -> bool
  (** Like [Random.bool], drawing from the given state. *)
end
(** Generators with a state of their own, independent of the default
    generator. *)
val get_state : unit -> State.t
(** A copy of the default generator's current state. *)
val set_state : State.t -> unit
(** Makes the default generator continue from (a copy of) the given state. *)
