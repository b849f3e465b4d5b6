(** Robur: what a robur program can ask of the unikernel it runs in.  Not
   part of OCaml's Stdlib. *)

external sleep : float -> unit = "rb_robur_sleep"
(** [sleep s] waits [s] seconds (nothing when [s] is negative or nan).

    Under [robur dev] this is also where the program lets the host in: the
    VM has a single thread and reads its control channel only while the
    program sleeps, so a program's main loop must call [sleep] for saved
    files to be reloaded into it (and for [robur dev] to stop or restart
    it).  While it sleeps, new versions of the changed units replace the
    old ones; the next call of a reloaded function runs the new code.
    [sleep] may raise {!Restart} (see below); when [robur dev] stops, the
    program ends inside [sleep].  Elsewhere (a built image, the unix target,
    the REPL) it only waits. *)

external uptime : unit -> float = "rb_robur_uptime"
(** Seconds since the unikernel booted, on a clock that never goes back. *)

exception Restart
(** Raised by {!sleep} when [robur dev] restarts the program (after a change
    it cannot apply to the running program, or on request): the main unit's
    initialiser ends, and [robur dev] starts the main unit again, with every
    other unit, and its state, as it was.  Catch it only to clean up, then
    raise it again.  Registered with the runtime as ["Robur.Restart"]. *)
