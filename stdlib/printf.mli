(* Formatted output. *)
val fprintf : out_channel -> ('a, out_channel, unit) format -> 'a
val printf : ('a, out_channel, unit) format -> 'a
val eprintf : ('a, out_channel, unit) format -> 'a
val sprintf : ('a, unit, string) format -> 'a
val bprintf : Buffer.t -> ('a, Buffer.t, unit) format -> 'a
val ifprintf : 'b -> ('a, 'b, 'c, unit) format4 -> 'a
val ibprintf : Buffer.t -> ('a, Buffer.t, unit) format -> 'a
val kfprintf : (out_channel -> 'd) -> out_channel -> ('a, out_channel, unit, 'd) format4 -> 'a
val ksprintf : (string -> 'd) -> ('a, unit, string, 'd) format4 -> 'a
val kbprintf : (Buffer.t -> 'd) -> Buffer.t -> ('a, Buffer.t, unit, 'd) format4 -> 'a

(**/**)
(* Not OCaml's: robur's run-time format interpreter, shared with Format.
   [make_printf at fmt k] takes the arguments [fmt] needs and gives [k] the
   pieces of the output; with [at], "@" starts Format's directives. *)
module Robur_internal : sig
  type obj
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
  type piece =
    | Str of string
    | Delay of (obj -> obj)
    | Flush_piece
    | Fmt of formatting
    | Box of piece list
    | Tag of piece list
  val make_printf : bool -> ('a, 'b, 'c, 'd, 'e, 'f) format6 -> (piece list -> 'f) -> 'a
end
