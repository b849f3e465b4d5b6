(** Pretty-printing (OCaml 4.13's Format).

   robur's language has no labels and no extensible variants: the labelled
   arguments are positional here, in OCaml's order, optional ones are
   dropped (their defaults apply), and [stag] is a closed variant with
   OCaml's [String_tag].  A full application without labels is valid OCaml,
   so programs using these stay OCaml programs. *)

type formatter
(** A pretty-printer: it holds the boxes and pending material, the
    geometry, and the functions that write its output. *)

val pp_open_box : formatter -> int -> unit
(** [pp_open_box ppf d] opens a compacting pretty-printing box whose
    contents are indented by [d] more columns when a line is split; break
    hints split lines only when the material does not fit, preferring
    splits that reduce indentation. *)
val open_box : int -> unit
(** Same as [pp_open_box] applied to [std_formatter]. *)
val pp_close_box : formatter -> unit -> unit
(** Closes the most recently opened box; does nothing when no box is open. *)
val close_box : unit -> unit
(** Same as [pp_close_box] applied to [std_formatter]. *)
val pp_open_hbox : formatter -> unit -> unit
(** Opens a horizontal box: its break hints never split the line. *)
val open_hbox : unit -> unit
(** Same as [pp_open_hbox] applied to [std_formatter]. *)
val pp_open_vbox : formatter -> int -> unit
(** [pp_open_vbox ppf d] opens a vertical box: every break hint in it
    starts a new line, indented by [d] more columns than the box. *)
val open_vbox : int -> unit
(** Same as [pp_open_vbox] applied to [std_formatter]. *)
val pp_open_hvbox : formatter -> int -> unit
(** [pp_open_hvbox ppf d] opens a horizontal/vertical box: its contents go
    on one line if they fit, otherwise every break hint splits the line,
    with [d] extra columns of indentation. *)
val open_hvbox : int -> unit
(** Same as [pp_open_hvbox] applied to [std_formatter]. *)
val pp_open_hovbox : formatter -> int -> unit
(** [pp_open_hovbox ppf d] opens a packing box: as much material as fits
    goes on each line, break hints splitting lines only when needed, with
    [d] extra columns of indentation. *)
val open_hovbox : int -> unit
(** Same as [pp_open_hovbox] applied to [std_formatter]. *)

val pp_print_string : formatter -> string -> unit
(** Prints a string in the current box. *)
val print_string : string -> unit
(** Same as [pp_print_string] applied to [std_formatter]. *)
val pp_print_bytes : formatter -> bytes -> unit
(** Prints a byte sequence in the current box. *)
val print_bytes : bytes -> unit
(** Same as [pp_print_bytes] applied to [std_formatter]. *)
val pp_print_as : formatter -> int -> string -> unit
(** [pp_print_as ppf len s] prints [s] in the current box as if it were
    [len] columns wide, e.g. for text holding escape sequences or
    multi-byte characters. *)
val print_as : int -> string -> unit
(** Same as [pp_print_as] applied to [std_formatter]. *)
val pp_print_int : formatter -> int -> unit
(** Prints an integer in decimal in the current box. *)
val print_int : int -> unit
(** Same as [pp_print_int] applied to [std_formatter]. *)
val pp_print_float : formatter -> float -> unit
(** Prints a float in the current box, as [string_of_float] writes it. *)
val print_float : float -> unit
(** Same as [pp_print_float] applied to [std_formatter]. *)
val pp_print_char : formatter -> char -> unit
(** Prints a character in the current box. *)
val print_char : char -> unit
(** Same as [pp_print_char] applied to [std_formatter]. *)
val pp_print_bool : formatter -> bool -> unit
(** Prints [true] or [false] in the current box. *)
val print_bool : bool -> unit
(** Same as [pp_print_bool] applied to [std_formatter]. *)

val pp_print_space : formatter -> unit -> unit
(** Emits a break hint worth one space: a space when the line is not split
    there, a newline otherwise. Same as [pp_print_break ppf 1 0]. *)
val print_space : unit -> unit
(** Same as [pp_print_space] applied to [std_formatter]. *)
val pp_print_cut : formatter -> unit -> unit
(** Emits a break hint worth nothing: no output when the line is not split
    there, a newline otherwise. Same as [pp_print_break ppf 0 0]. *)
val print_cut : unit -> unit
(** Same as [pp_print_cut] applied to [std_formatter]. *)
val pp_print_break : formatter -> int -> int -> unit
(** [pp_print_break ppf n off] emits a break hint: [n] spaces when the line
    is not split there, otherwise a newline with the box indentation
    increased by [off]. *)
val print_break : int -> int -> unit
(** Same as [pp_print_break] applied to [std_formatter]. *)
(* OCaml: ~fits ~breaks *)
val pp_print_custom_break :
  formatter -> string * int * string -> string * int * string -> unit
(** [pp_print_custom_break ppf (s1, n, s2) (s3, m, s4)] emits a break hint
    that prints [s1], [n] spaces and [s2] when the line is not split
    there, and otherwise [s3], a newline, the indentation increased by
    [m], then [s4]. *)
val pp_force_newline : formatter -> unit -> unit
(** Splits the line right now, in the current box; this may disturb the
    layout of enclosing boxes, so break hints are usually preferable. *)
val force_newline : unit -> unit
(** Same as [pp_force_newline] applied to [std_formatter]. *)
val pp_print_if_newline : formatter -> unit -> unit
(** Makes the next printing command run only if the line has just been
    split; otherwise that command is skipped. *)
val print_if_newline : unit -> unit
(** Same as [pp_print_if_newline] applied to [std_formatter]. *)
val pp_print_flush : formatter -> unit -> unit
(** Closes every open box and flushes the formatter's output; pending
    material is printed. *)
val print_flush : unit -> unit
(** Same as [pp_print_flush] applied to [std_formatter]. *)
val pp_print_newline : formatter -> unit -> unit
(** Closes every open box, prints a newline and flushes the formatter's
    output. *)
val print_newline : unit -> unit
(** Same as [pp_print_newline] applied to [std_formatter]. *)

val pp_set_margin : formatter -> int -> unit
(** Sets the right margin, the width of the lines. Values below 1 are
    ignored; the maximum indentation is adjusted so that it stays below the
    margin. *)
val set_margin : int -> unit
(** Same as [pp_set_margin] applied to [std_formatter]. *)
val pp_get_margin : formatter -> unit -> int
(** The current right margin (78 by default). *)
val get_margin : unit -> int
(** Same as [pp_get_margin] applied to [std_formatter]. *)
val pp_set_max_indent : formatter -> int -> unit
(** Sets the maximum indentation: boxes opened beyond this column are
    pushed to the left by splitting the line. Ignored when the value is
    below 2 or not less than the margin. *)
val set_max_indent : int -> unit
(** Same as [pp_set_max_indent] applied to [std_formatter]. *)
val pp_get_max_indent : formatter -> unit -> int
(** The current maximum indentation (68 by default). *)
val get_max_indent : unit -> int
(** Same as [pp_get_max_indent] applied to [std_formatter]. *)

type geometry = { max_indent : int; margin : int }
(** The margin and the maximum indentation of a formatter. *)
val check_geometry : geometry -> bool
(** [true] when the geometry is acceptable: [max_indent] at least 2 and
    [margin] greater than [max_indent]. *)
(* OCaml: ~max_indent ~margin *)
val pp_set_geometry : formatter -> int -> int -> unit
(** [pp_set_geometry ppf max_indent margin] sets both the maximum
    indentation and the margin. Raises [Invalid_argument
    "Format.pp_set_geometry: max_indent < 2"] or [Invalid_argument
    "Format.pp_set_geometry: margin <= max_indent"] when [check_geometry]
    would reject them. *)
val set_geometry : int -> int -> unit
(** Same as [pp_set_geometry] applied to [std_formatter]. *)
val pp_safe_set_geometry : formatter -> int -> int -> unit
(** Like [pp_set_geometry] but silently does nothing when the geometry is
    invalid. *)
val safe_set_geometry : int -> int -> unit
(** Same as [pp_safe_set_geometry] applied to [std_formatter]. *)
val pp_update_geometry : formatter -> (geometry -> geometry) -> unit
(** Applies the function to the current geometry and installs the result
    (without raising: invalid parts are ignored as by [pp_set_margin] and
    [pp_set_max_indent]). *)
val update_geometry : (geometry -> geometry) -> unit
(** Same as [pp_update_geometry] applied to [std_formatter]. *)
val pp_get_geometry : formatter -> unit -> geometry
(** The current maximum indentation and margin. *)
val get_geometry : unit -> geometry
(** Same as [pp_get_geometry] applied to [std_formatter]. *)

val pp_set_max_boxes : formatter -> int -> unit
(** Sets how many boxes may be open at once; material in deeper boxes is
    replaced by the ellipsis text. Values of 1 or less are ignored. *)
val set_max_boxes : int -> unit
(** Same as [pp_set_max_boxes] applied to [std_formatter]. *)
val pp_get_max_boxes : formatter -> unit -> int
(** The maximum number of boxes open at once. *)
val get_max_boxes : unit -> int
(** Same as [pp_get_max_boxes] applied to [std_formatter]. *)
val pp_over_max_boxes : formatter -> unit -> bool
(** [true] when the maximum number of open boxes has been reached. *)
val over_max_boxes : unit -> bool
(** Same as [pp_over_max_boxes] applied to [std_formatter]. *)

val pp_open_tbox : formatter -> unit -> unit
(** Opens a tabulation box, in which [pp_set_tab] marks columns and
    [pp_print_tab] or [pp_print_tbreak] move to them. *)
val open_tbox : unit -> unit
(** Same as [pp_open_tbox] applied to [std_formatter]. *)
val pp_close_tbox : formatter -> unit -> unit
(** Closes the most recently opened tabulation box. *)
val close_tbox : unit -> unit
(** Same as [pp_close_tbox] applied to [std_formatter]. *)
val pp_set_tab : formatter -> unit -> unit
(** Sets a tabulation mark at the current column of the current tabulation
    box. *)
val set_tab : unit -> unit
(** Same as [pp_set_tab] applied to [std_formatter]. *)
val pp_print_tab : formatter -> unit -> unit
(** Moves to the next tabulation mark, splitting the line if there is none
    further right. Same as [pp_print_tbreak ppf 0 0]. *)
val print_tab : unit -> unit
(** Same as [pp_print_tab] applied to [std_formatter]. *)
val pp_print_tbreak : formatter -> int -> int -> unit
(** [pp_print_tbreak ppf n off] is a break hint in a tabulation box: it
    goes to the next tabulation mark, adding [n] spaces, or splits the
    line and adds [off] to the indentation of the mark. *)
val print_tbreak : int -> int -> unit
(** Same as [pp_print_tbreak] applied to [std_formatter]. *)

val pp_set_ellipsis_text : formatter -> string -> unit
(** Sets the text printed for boxes beyond the maximum number of open boxes
    (["."] by default). *)
val set_ellipsis_text : string -> unit
(** Same as [pp_set_ellipsis_text] applied to [std_formatter]. *)
val pp_get_ellipsis_text : formatter -> unit -> string
(** The text printed for boxes beyond the maximum number of open boxes. *)
val get_ellipsis_text : unit -> string
(** Same as [pp_get_ellipsis_text] applied to [std_formatter]. *)

type tag = string
(** Tags named by strings, as used by the deprecated tag functions. *)
type stag = String_tag of tag
(** Semantic tags; robur has only OCaml's [String_tag] constructor. *)

val pp_open_stag : formatter -> stag -> unit
(** Opens a semantic tag; depending on the tag settings, its opening marker
    is output and its printing function is called. *)
val open_stag : stag -> unit
(** Same as [pp_open_stag] applied to [std_formatter]. *)
val pp_close_stag : formatter -> unit -> unit
(** Closes the most recently opened semantic tag. *)
val close_stag : unit -> unit
(** Same as [pp_close_stag] applied to [std_formatter]. *)
val pp_set_tags : formatter -> bool -> unit
(** Turns both the marking and the printing of semantic tags on or off. *)
val set_tags : bool -> unit
(** Same as [pp_set_tags] applied to [std_formatter]. *)
val pp_set_print_tags : formatter -> bool -> unit
(** Turns on or off the calling of the tag printing functions
    ([print_open_stag], [print_close_stag]); off by default. *)
val set_print_tags : bool -> unit
(** Same as [pp_set_print_tags] applied to [std_formatter]. *)
val pp_set_mark_tags : formatter -> bool -> unit
(** Turns on or off the output of tag markers ([mark_open_stag],
    [mark_close_stag]); off by default. *)
val set_mark_tags : bool -> unit
(** Same as [pp_set_mark_tags] applied to [std_formatter]. *)
val pp_get_print_tags : formatter -> unit -> bool
(** Whether tag printing functions are being called. *)
val get_print_tags : unit -> bool
(** Same as [pp_get_print_tags] applied to [std_formatter]. *)
val pp_get_mark_tags : formatter -> unit -> bool
(** Whether tag markers are being output. *)
val get_mark_tags : unit -> bool
(** Same as [pp_get_mark_tags] applied to [std_formatter]. *)

val pp_set_formatter_out_channel : formatter -> out_channel -> unit
(** Sends the formatter's output to the given channel, with the default
    functions for newlines, spaces and indentation. *)
val set_formatter_out_channel : out_channel -> unit
(** Same as [pp_set_formatter_out_channel] applied to [std_formatter]. *)
val pp_set_formatter_output_functions :
  formatter -> (string -> int -> int -> unit) -> (unit -> unit) -> unit
(** [pp_set_formatter_output_functions ppf out flush] makes [ppf] write
    with [out s pos len] and flush with [flush ()]. *)
val set_formatter_output_functions :
  (string -> int -> int -> unit) -> (unit -> unit) -> unit
(** Same as [pp_set_formatter_output_functions] applied to [std_formatter]. *)
val pp_get_formatter_output_functions :
  formatter -> unit -> (string -> int -> int -> unit) * (unit -> unit)
(** The output and flush functions of the formatter. *)
val get_formatter_output_functions :
  unit -> (string -> int -> int -> unit) * (unit -> unit)
(** Same as [pp_get_formatter_output_functions] applied to [std_formatter]. *)

type formatter_out_functions = {
  out_string : string -> int -> int -> unit;
  out_flush : unit -> unit;
  out_newline : unit -> unit;
  out_spaces : int -> unit;
  out_indent : int -> unit;
}
(** The low-level output functions of a formatter: write a substring,
    flush, print a newline, print spaces, print indentation. *)

val pp_set_formatter_out_functions : formatter -> formatter_out_functions -> unit
(** Replaces all the low-level output functions of the formatter (text,
    flush, newline, spaces, indentation). *)
val set_formatter_out_functions : formatter_out_functions -> unit
(** Same as [pp_set_formatter_out_functions] applied to [std_formatter]. *)
val pp_get_formatter_out_functions : formatter -> unit -> formatter_out_functions
(** The low-level output functions of the formatter. *)
val get_formatter_out_functions : unit -> formatter_out_functions
(** Same as [pp_get_formatter_out_functions] applied to [std_formatter]. *)

type formatter_stag_functions = {
  mark_open_stag : stag -> string;
  mark_close_stag : stag -> string;
  print_open_stag : stag -> unit;
  print_close_stag : stag -> unit;
}
(** Functions giving the markers output when a tag opens or closes, and
    functions called at those points. *)

val pp_set_formatter_stag_functions : formatter -> formatter_stag_functions -> unit
(** Replaces the functions that compute tag markers and that are called
    when tags open and close. *)
val set_formatter_stag_functions : formatter_stag_functions -> unit
(** Same as [pp_set_formatter_stag_functions] applied to [std_formatter]. *)
val pp_get_formatter_stag_functions : formatter -> unit -> formatter_stag_functions
(** The tag marking and printing functions of the formatter. *)
val get_formatter_stag_functions : unit -> formatter_stag_functions
(** Same as [pp_get_formatter_stag_functions] applied to [std_formatter]. *)

val formatter_of_out_channel : out_channel -> formatter
(** A new formatter writing to the given channel. *)
val std_formatter : formatter
(** The formatter writing to [stdout]; it is flushed when the program ends. *)
val err_formatter : formatter
(** The formatter writing to [stderr]; it is flushed when the program ends. *)
val formatter_of_buffer : Buffer.t -> formatter
(** A new formatter appending to the given buffer; flush it to get all the
    pending material into the buffer. *)
val stdbuf : Buffer.t
(** The buffer into which [str_formatter] writes. *)
val str_formatter : formatter
(** A formatter writing into [stdbuf]; see [flush_str_formatter]. *)
val flush_str_formatter : unit -> string
(** Flushes [str_formatter], returns the contents of [stdbuf] and empties
    it. *)
val make_formatter : (string -> int -> int -> unit) -> (unit -> unit) -> formatter
(** [make_formatter out flush] is a new formatter that writes with
    [out s pos len] and flushes with [flush ()]. *)
val formatter_of_out_functions : formatter_out_functions -> formatter
(** A new formatter using the given low-level output functions. *)

type symbolic_output_item =
  | Output_flush
  | Output_newline
  | Output_string of string
  | Output_spaces of int
  | Output_indent of int
(** One low-level output action of a formatter, recorded instead of
    performed. *)

type symbolic_output_buffer
(** A buffer of recorded output actions, filled by a formatter made by
    [formatter_of_symbolic_output_buffer]. *)

val make_symbolic_output_buffer : unit -> symbolic_output_buffer
(** A new, empty symbolic output buffer. *)
val clear_symbolic_output_buffer : symbolic_output_buffer -> unit
(** Empties a symbolic output buffer. *)
val get_symbolic_output_buffer : symbolic_output_buffer -> symbolic_output_item list
(** The items recorded in the buffer so far, oldest first, leaving them in
    the buffer. *)
val flush_symbolic_output_buffer : symbolic_output_buffer -> symbolic_output_item list
(** The items recorded in the buffer so far, oldest first; the buffer is
    emptied. *)
val add_symbolic_output_item : symbolic_output_buffer -> symbolic_output_item -> unit
(** Appends an item to a symbolic output buffer. *)
val formatter_of_symbolic_output_buffer : symbolic_output_buffer -> formatter
(** A new formatter that records its output actions in the given buffer
    instead of printing them. *)

(* OCaml: ?pp_sep (default pp_print_cut), dropped *)
val pp_print_list : (formatter -> 'a -> unit) -> formatter -> 'a list -> unit
(** [pp_print_list pp_v ppf l] prints the elements of [l] with [pp_v], with
    a [pp_print_cut] break hint between two elements (OCaml's optional
    [?pp_sep] is not available). *)
val pp_print_seq : (formatter -> 'a -> unit) -> formatter -> 'a Seq.t -> unit
(** Like [pp_print_list] for a sequence, which is read as it is printed. *)
val pp_print_text : formatter -> string -> unit
(** Prints a string with each space turned into [pp_print_space] and each
    newline into [pp_force_newline], so that the text is filled within the
    margin. *)
(* OCaml: ?none (default: prints nothing), dropped *)
val pp_print_option : (formatter -> 'a -> unit) -> formatter -> 'a option -> unit
(** [pp_print_option pp_v ppf o] prints the value of [Some v] with
    [pp_v], and nothing for [None]. *)
(* OCaml: ~ok ~error *)
val pp_print_result :
  (formatter -> 'a -> unit) -> (formatter -> 'e -> unit) -> formatter -> ('a, 'e) result -> unit
(** [pp_print_result ok error ppf r] prints [Ok v] with [ok] and [Error e]
    with [error]. *)
(* OCaml: ~left ~right *)
val pp_print_either :
  (formatter -> 'a -> unit) -> (formatter -> 'b -> unit) -> formatter -> ('a, 'b) Either.t -> unit
(** [pp_print_either left right ppf e] prints [Left a] with [left] and
    [Right b] with [right]. *)

val fprintf : formatter -> ('a, formatter, unit) format -> 'a
(** [fprintf ppf fmt args] formats the arguments as [Printf.fprintf]
    does and prints them on [ppf]; in [fmt], [@] introduces boxes and
    break hints, e.g. [@[<hov 2>] ... [@]], [@ ], [@,], [@.] and [@?]. *)
val printf : ('a, formatter, unit) format -> 'a
(** Like [fprintf] on [std_formatter]. *)
val eprintf : ('a, formatter, unit) format -> 'a
(** Like [fprintf] on [err_formatter]. *)
val sprintf : ('a, unit, string) format -> 'a
(** Formats like [fprintf] but returns the result as a string, using a
    fresh formatter of its own. Printers given to [%a] here do not receive
    a formatter; use [asprintf] for those that need one. *)
val asprintf : ('a, formatter, unit, string) format4 -> 'a
(** Formats like [fprintf] and returns the result as a string; the printers
    given to [%a] receive the formatter. *)
val dprintf : ('a, formatter, unit, formatter -> unit) format4 -> 'a
(** Takes the arguments now but delays the printing: the result is a
    function that prints on the formatter it is given, each time it is
    called. *)
val ifprintf : formatter -> ('a, formatter, unit) format -> 'a
(** Takes the arguments of the format and prints nothing. *)
val kfprintf : (formatter -> 'a) -> formatter -> ('b, formatter, unit, 'a) format4 -> 'b
(** Like [fprintf], then calls the continuation on the formatter and
    returns its result. *)
val kdprintf : ((formatter -> unit) -> 'a) -> ('b, formatter, unit, 'a) format4 -> 'b
(** Like [dprintf], but passes the delayed printer to the continuation and
    returns its result. *)
val ikfprintf : (formatter -> 'a) -> formatter -> ('b, formatter, unit, 'a) format4 -> 'b
(** Like [kfprintf] but prints nothing: it takes the arguments and then
    calls the continuation on the formatter. *)
val ksprintf : (string -> 'a) -> ('b, unit, string, 'a) format4 -> 'b
(** Like [sprintf], then passes the resulting string to the
    continuation and returns its result. *)
val kasprintf : (string -> 'a) -> ('b, formatter, unit, 'a) format4 -> 'b
(** Like [asprintf], then passes the resulting string to the
    continuation and returns its result. *)

(* Deprecated in OCaml *)
val bprintf : Buffer.t -> ('a, formatter, unit) format -> 'a
(** Deprecated: formats like [fprintf] and appends the output to the
    buffer, with a formatter of its own for each call. *)
val kprintf : (string -> 'a) -> ('b, unit, string, 'a) format4 -> 'b
(** Deprecated synonym of [ksprintf]. *)
(* OCaml: ~out ~flush ~newline ~spaces *)
val set_all_formatter_output_functions :
  (string -> int -> int -> unit) -> (unit -> unit) -> (unit -> unit) -> (int -> unit) -> unit
(** Same as [pp_set_all_formatter_output_functions] applied to
    [std_formatter]. *)
val get_all_formatter_output_functions :
  unit -> (string -> int -> int -> unit) * (unit -> unit) * (unit -> unit) * (int -> unit)
(** Same as [pp_get_all_formatter_output_functions] applied to
    [std_formatter]. *)
val pp_set_all_formatter_output_functions :
  formatter -> (string -> int -> int -> unit) -> (unit -> unit) -> (unit -> unit) ->
  (int -> unit) -> unit
(** Deprecated: [pp_set_all_formatter_output_functions ppf out flush
    newline spaces] sets the text, flush, newline and spaces functions of
    the formatter. *)
val pp_get_all_formatter_output_functions :
  formatter -> unit -> (string -> int -> int -> unit) * (unit -> unit) * (unit -> unit) *
                       (int -> unit)
(** Deprecated: the text, flush, newline and spaces functions of the
    formatter. *)
val pp_open_tag : formatter -> tag -> unit
(** Deprecated: opens the tag [String_tag t] (see [pp_open_stag]). *)
val open_tag : tag -> unit
(** Same as [pp_open_tag] applied to [std_formatter]. *)
val pp_close_tag : formatter -> unit -> unit
(** Deprecated: closes the most recently opened tag (see [pp_close_stag]). *)
val close_tag : unit -> unit
(** Same as [pp_close_tag] applied to [std_formatter]. *)

type formatter_tag_functions = {
  mark_open_tag : tag -> string;
  mark_close_tag : tag -> string;
  print_open_tag : tag -> unit;
  print_close_tag : tag -> unit;
}
(** Deprecated: like [formatter_stag_functions], on string tags. *)

val pp_set_formatter_tag_functions : formatter -> formatter_tag_functions -> unit
(** Deprecated: like [pp_set_formatter_stag_functions] with functions on
    string tags. *)
val set_formatter_tag_functions : formatter_tag_functions -> unit
(** Same as [pp_set_formatter_tag_functions] applied to [std_formatter]. *)
val pp_get_formatter_tag_functions : formatter -> unit -> formatter_tag_functions
(** Deprecated: like [pp_get_formatter_stag_functions] with functions on
    string tags. *)
val get_formatter_tag_functions : unit -> formatter_tag_functions
(** Same as [pp_get_formatter_tag_functions] applied to [std_formatter]. *)
