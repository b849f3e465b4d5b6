(** Memory management control (OCaml 4.13's Gc without Memprof; see gc.ml for
   what robur's GC measures and obeys). *)
type stat = {
  minor_words : float;
  promoted_words : float;
  major_words : float;
  minor_collections : int;
  major_collections : int;
  heap_words : int;
  heap_chunks : int;
  live_words : int;
  live_blocks : int;
  free_words : int;
  free_blocks : int;
  largest_free : int;
  fragments : int;
  compactions : int;
  top_heap_words : int;
  stack_size : int;
  forced_major_collections: int;
}
(** Memory statistics, counted in words. robur's collector fills the fields
    it measures; it never compacts, so [compactions] stays 0. *)
type control = {
  mutable minor_heap_size : int;
  mutable major_heap_increment : int;
  mutable space_overhead : int;
  mutable verbose : int;
  mutable max_overhead : int;
  mutable stack_limit : int;
  mutable allocation_policy : int;
  window_size : int;
  custom_major_ratio : int;
  custom_minor_ratio : int;
  custom_minor_max_size : int;
}
(** The collector's parameters, as read by [get] and given to [set]. *)
val stat : unit -> stat
(** The current memory statistics. In robur it costs no more than
    [quick_stat] and gives the same result. *)
val quick_stat : unit -> stat
(** The current memory statistics, computed cheaply. *)
val counters : unit -> float * float * float
(** [(minor_words, promoted_words, major_words)]: the words allocated in
    the minor heap, promoted from it, and allocated in the major heap since
    the program started. *)
val minor_words : unit -> float
(** The number of words allocated in the minor heap since the program
    started. *)
val get : unit -> control
(** The collector's parameters: OCaml's defaults, with robur's minor heap
    size, or the values last given to [set]. *)
val set : control -> unit
(** Records new parameters, which [get] then returns; robur's collector
    keeps its fixed policy. *)
val minor : unit -> unit
(** Runs a minor collection. *)
val major_slice : int -> int
(** In OCaml, does a slice of major collection work; in robur it does
    nothing and returns 0. *)
val major : unit -> unit
(** Finishes a major collection cycle (in robur, a full major collection). *)
val full_major : unit -> unit
(** Runs a complete major collection, reclaiming every value that is no
    longer reachable. *)
val compact : unit -> unit
(** In OCaml, a full collection followed by heap compaction; robur never
    compacts, so this is a full major collection. *)
val print_stat : out_channel -> unit
(** Prints the current memory statistics on the channel, one [name: value]
    per line. *)
val allocated_bytes : unit -> float
(** The number of bytes allocated by the program since it started, as a
    float. *)
val get_minor_free : unit -> int
(** The number of words still free in the minor heap. *)
val get_bucket : int -> int
(** A parameter of OCaml's incremental major collector; always 0 in robur. *)
val get_credit : unit -> int
(** A parameter of OCaml's incremental major collector; always 0 in robur. *)
val huge_fallback_count : unit -> int
(** How many times OCaml could not allocate huge pages for the heap; always
    0 in robur. *)
val finalise : ('a -> unit) -> 'a -> unit
(** [finalise f v] asks for [f v] to be called once [v] becomes
    unreachable. robur accepts the request but never calls [f]. *)
val finalise_last : (unit -> unit) -> 'a -> unit
(** Like [finalise] with a function that does not receive the value. robur
    accepts the request but never calls it. *)
val finalise_release : unit -> unit
(** In OCaml, lets another finaliser run while one is running; does nothing
    in robur. *)
type alarm
(** A function called at the end of each major collection cycle, as set up
    by [create_alarm]. *)
val create_alarm : (unit -> unit) -> alarm
(** [create_alarm f] arranges for [f] to be called at the end of each major
    cycle. It relies on finalisers, which robur never runs, so [f] is never
    called. *)
val delete_alarm : alarm -> unit
(** Stops an alarm from being called again. *)
val eventlog_pause : unit -> unit
(** Pauses the recording of runtime events; does nothing in robur. *)
val eventlog_resume : unit -> unit
(** Resumes the recording of runtime events; does nothing in robur. *)
