(** Operations on characters, i.e. bytes: values with codes from 0 to 255.
    Case conversions only concern the ASCII letters. *)
external code : char -> int = "%identity"
(** The code of the character, between 0 and 255. *)
val chr : int -> char
(** The character with the given code.  Raises
    [Invalid_argument "Char.chr"] unless the code is between 0 and 255. *)
val unsafe_chr : int -> char
(** Like [chr] without the range check: the result is meaningless for
    codes outside 0 to 255. *)
val escaped : char -> string
(** The character as it would be written between single quotes in OCaml
    source: backslash escapes for the backslash, the single quote, newline,
    tab, carriage return and backspace, and a decimal escape of three
    digits for the other non-printable characters. *)
val lowercase_ascii : char -> char
(** Turns an ASCII uppercase letter into lowercase; any other character is
    returned unchanged. *)
val uppercase_ascii : char -> char
(** Turns an ASCII lowercase letter into uppercase; any other character is
    returned unchanged. *)
type t = char
(** Another name for [char]. *)
val compare : t -> t -> int
(** Orders characters by their codes: negative, zero or positive. *)
val equal : t -> t -> bool
(** Tells whether two characters are the same. *)
