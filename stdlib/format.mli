(* Pretty-printing (the basics). *)
type formatter
val std_formatter : formatter
val err_formatter : formatter
val str_formatter : formatter
val flush_str_formatter : unit -> string
val formatter_of_buffer : Buffer.t -> formatter
val open_box : int -> unit
val close_box : unit -> unit
val open_hbox : unit -> unit
val open_vbox : int -> unit
val open_hvbox : int -> unit
val open_hovbox : int -> unit
val print_string : string -> unit
val print_int : int -> unit
val print_float : float -> unit
val print_char : char -> unit
val print_bool : bool -> unit
val print_space : unit -> unit
val print_cut : unit -> unit
val print_break : int -> int -> unit
val print_newline : unit -> unit
val force_newline : unit -> unit
val print_flush : unit -> unit
val set_margin : int -> unit
val get_margin : unit -> int
val pp_open_box : formatter -> int -> unit
val pp_close_box : formatter -> unit -> unit
val pp_open_hbox : formatter -> unit -> unit
val pp_open_vbox : formatter -> int -> unit
val pp_open_hvbox : formatter -> int -> unit
val pp_open_hovbox : formatter -> int -> unit
val pp_print_string : formatter -> string -> unit
val pp_print_int : formatter -> int -> unit
val pp_print_float : formatter -> float -> unit
val pp_print_char : formatter -> char -> unit
val pp_print_bool : formatter -> bool -> unit
val pp_print_space : formatter -> unit -> unit
val pp_print_cut : formatter -> unit -> unit
val pp_print_break : formatter -> int -> int -> unit
val pp_print_newline : formatter -> unit -> unit
val pp_force_newline : formatter -> unit -> unit
val pp_print_flush : formatter -> unit -> unit
val pp_set_margin : formatter -> int -> unit
val fprintf : formatter -> ('a, formatter, unit) format -> 'a
val printf : ('a, formatter, unit) format -> 'a
val eprintf : ('a, formatter, unit) format -> 'a
val sprintf : ('a, unit, string) format -> 'a
val asprintf : ('a, formatter, unit, string) format4 -> 'a
val kasprintf : (string -> 'a) -> ('b, formatter, unit, 'a) format4 -> 'b
val pp_print_list : (formatter -> 'a -> unit) -> formatter -> 'a list -> unit
val pp_print_text : formatter -> string -> unit
val pp_print_option : (formatter -> 'a -> unit) -> formatter -> 'a option -> unit
