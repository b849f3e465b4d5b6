(** Formatted output. *)
val fprintf : out_channel -> ('a, out_channel, unit) format -> 'a
(** [fprintf oc fmt a1 ... an] writes to [oc] the text of [fmt] with each
    conversion ([%d], [%s], [%f], [%a], ...) replaced by the next argument,
    formatted as the conversion, its flags, width and precision say. Output
    is buffered: add [%!] to flush. *)
val printf : ('a, out_channel, unit) format -> 'a
(** Like [fprintf] on [stdout]. *)
val eprintf : ('a, out_channel, unit) format -> 'a
(** Like [fprintf] on [stderr]. *)
val sprintf : ('a, unit, string) format -> 'a
(** Like [fprintf] but returns the text as a string. *)
val bprintf : Buffer.t -> ('a, Buffer.t, unit) format -> 'a
(** Like [fprintf] but appends the text to the buffer. *)
val ifprintf : 'b -> ('a, 'b, 'c, unit) format4 -> 'a
(** Takes the arguments of the format and outputs nothing; its first
    argument is ignored. *)
val ibprintf : Buffer.t -> ('a, Buffer.t, unit) format -> 'a
(** Like [bprintf] but outputs nothing. *)
val kfprintf : (out_channel -> 'd) -> out_channel -> ('a, out_channel, unit, 'd) format4 -> 'a
(** Like [fprintf], then calls the continuation on the channel and returns
    its result. *)
val ksprintf : (string -> 'd) -> ('a, unit, string, 'd) format4 -> 'a
(** Like [sprintf], then passes the string to the continuation and returns
    its result. *)
val kbprintf : (Buffer.t -> 'd) -> Buffer.t -> ('a, Buffer.t, unit, 'd) format4 -> 'a
(** Like [bprintf], then calls the continuation on the buffer and returns
    its result. *)

(**/**)
(* Not OCaml's: robur's run-time format interpreter, shared with Format.
   [make_printf at fmt k] takes the arguments [fmt] needs and gives [k] the
   pieces of the output; with [at], "@" starts Format's directives. *)
module Robur_internal : sig
  type obj
  (** A value of any type, as passed to a delayed printer. *)
  type formatting =
    | Close_box
    | Close_tag
    | Break of int * int
    | FFlush
    | Force_newline
    | Flush_newline
    | Magic_size of int
    | Escaped_at
    | Escaped_percent
    | Scan_indic of char
  (** The [@] directives of [Format] that take no box content. *)
  type piece =
    | Str of string
    | Delay of (obj -> obj)
    | Flush_piece
    | Fmt of formatting
    | Box of piece list
    | Tag of piece list
  (** A piece of formatted output: text, a printer to run later, a flush, a
      [Format] directive, or the contents of a box or a tag. *)
  val make_printf : bool -> ('a, 'b, 'c, 'd, 'e, 'f) format6 -> (piece list -> 'f) -> 'a
  (** [make_printf at fmt k] collects the arguments [fmt] asks for, then
      passes the pieces of the output to [k]; when [at] is [true], [@]
      starts a [Format] directive. *)
end
(** robur's run-time interpreter of format strings, shared by [Printf] and
    [Format]; not part of OCaml and not meant for programs. *)
