(** Facilities for printing exceptions: OCaml 4.13's Printexc, all of it but
   `type t = exn = ..` (robur's parser has no extensible-type re-export). *)
val to_string: exn -> string
(** A readable description of an exception: the result of the first
    registered printer that handles it (see [register_printer]), otherwise
    the same text as [to_string_default]. *)
val to_string_default: exn -> string
(** Describes an exception without consulting the registered printers: its
    constructor name followed by its arguments, integers and strings and
    floats printed as literals and other values as [_]. [Out_of_memory],
    [Stack_overflow], [Match_failure], [Assert_failure] and
    [Undefined_recursive_module] get a dedicated message. *)
val print: ('a -> 'b) -> 'a -> 'b
(** [print f x] returns [f x]; if that raises an exception, it is described
    on [stderr] after [Uncaught exception: ], then raised again. *)
val catch: ('a -> 'b) -> 'a -> 'b
(** [catch f x] returns [f x]; if that raises an exception, it flushes
    [stdout], describes the exception on [stderr] and ends the program with
    exit code 2. *)
val print_backtrace: out_channel -> unit
(** Prints on the channel the backtrace of the exception most recently
    raised, as recorded when [record_backtrace true] is in effect. *)
val get_backtrace: unit -> string
(** The backtrace of the exception most recently raised, as a string of one
    line per frame. *)
val record_backtrace: bool -> unit
(** Turns the recording of exception backtraces on or off; off by default. *)
val backtrace_status: unit -> bool
(** [true] when exception backtraces are being recorded. *)
val register_printer: (exn -> string option) -> unit
(** Adds a function that [to_string] tries before its default: it returns
    [Some text] for the exceptions it knows and [None] for the others.
    Printers registered last are tried first, and an exception raised by a
    printer counts as [None]. *)
val use_printers: exn -> string option
(** The text given by the first registered printer that handles
    the exception, or [None] when none does. *)
type raw_backtrace
(** A backtrace in its compact low-level form, to convert or print later. *)
type raw_backtrace_entry = private int
(** One frame of a raw backtrace, an opaque code address. *)
val raw_backtrace_entries : raw_backtrace -> raw_backtrace_entry array
(** The frames of a raw backtrace. *)
val get_raw_backtrace: unit -> raw_backtrace
(** The raw backtrace of the exception most recently raised (empty unless
    backtraces are recorded). *)
val print_raw_backtrace: out_channel -> raw_backtrace -> unit
(** Prints a raw backtrace on the channel, one line per frame. *)
val raw_backtrace_to_string: raw_backtrace -> string
(** The text [print_raw_backtrace] would print. *)
val raise_with_backtrace: exn -> raw_backtrace -> 'a
(** Raises the exception with the given backtrace instead of a new one;
    useful to re-raise an exception caught earlier. *)
val get_callstack: int -> raw_backtrace
(** [get_callstack n] is the current call stack, at most [n] frames deep,
    as a raw backtrace. *)
val default_uncaught_exception_handler: exn -> raw_backtrace -> unit
(** The default handler of uncaught exceptions: it prints
    [Fatal error: exception] and the description of the exception, then the
    backtrace, on [stderr], and flushes it. *)
val set_uncaught_exception_handler: (exn -> raw_backtrace -> unit) -> unit
(** Replaces the function called on an exception that escapes the program,
    after the [at_exit] functions have run. If the handler itself raises,
    both exceptions are reported with the default format. *)
type backtrace_slot
(** The information available about one frame of a backtrace. *)
val backtrace_slots : raw_backtrace -> backtrace_slot array option
(** The frames of a raw backtrace with their information, or [None] when
    none of them has any debugging information. *)
val backtrace_slots_of_raw_entry :
  raw_backtrace_entry -> backtrace_slot array option
(** The information about one raw frame, as an array of slots (several when
    calls were inlined), or [None] without debugging information. *)
type location = {
  filename : string;
  line_number : int;
  start_char : int;
(** A position in a source file: file name, line number, and the first and
    last character in that line. *)
  end_char : int;
}
module Slot : sig
  type t = backtrace_slot
  (** A frame of a backtrace. *)
  val is_raise : t -> bool
  (** [true] when the frame is the point where an exception was raised or
      re-raised, [false] for an ordinary call. *)
  val is_inline : t -> bool
  (** [true] when the frame stands for a call that the compiler inlined. *)
  val location : t -> location option
  (** The source position of the frame, or [None] without debugging
      information. *)
  val name : t -> string option
  (** The name of the function of the frame, when known. *)
  val format : int -> t -> string option
  (** [format pos slot] is the line that describes the frame at position
      [pos] in a printed backtrace, or [None] for a frame that is not shown
      (a re-raise inserted by the compiler). *)
end
(** Accessors for the frames of a backtrace. *)
type raw_backtrace_slot
(** A frame of a raw backtrace, as obtained by [get_raw_backtrace_slot]. *)
val raw_backtrace_length : raw_backtrace -> int
(** The number of frames of a raw backtrace. *)
val get_raw_backtrace_slot : raw_backtrace -> int -> raw_backtrace_slot
(** [get_raw_backtrace_slot bt i] is the frame number [i] of [bt]. Raises
    [Invalid_argument
    "Printexc.get_raw_backtrace_slot: index out of bounds"] unless [0 <= i
    < raw_backtrace_length bt]. *)
val convert_raw_backtrace_slot : raw_backtrace_slot -> backtrace_slot
(** The information about a raw frame; a frame without debugging
    information has no location (robur never raises here). *)
val get_raw_backtrace_next_slot :
    raw_backtrace_slot -> raw_backtrace_slot option
(** The next frame that belongs to the same raw entry, when calls were
    inlined; [None] otherwise. *)
val exn_slot_id: exn -> int
(** A number identifying the constructor of an exception, the same for all
    values built with it. *)
val exn_slot_name: exn -> string
(** The name of the constructor of an exception, e.g. ["Not_found"]. *)
