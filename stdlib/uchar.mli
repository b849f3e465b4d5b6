(** Unicode characters, represented by their scalar values: the integers
    from [0x0000] to [0x10FFFF] excluding the surrogate range [0xD800] to
    [0xDFFF]. *)
type t
(** A Unicode scalar value. *)
val min : t
(** The smallest scalar value, U+0000. *)
val max : t
(** The largest scalar value, U+10FFFF. *)
val bom : t
(** The byte order mark, U+FEFF. *)
val rep : t
(** The replacement character U+FFFD, used in place of undecodable
    input. *)
val succ : t -> t
(** The next scalar value, skipping over the surrogate range.  Raises
    [Invalid_argument "U+10FFFF has no successor"] on [max]. *)
val pred : t -> t
(** The previous scalar value, skipping over the surrogate range.  Raises
    [Invalid_argument "U+0000 has no predecessor"] on [min]. *)
val is_valid : int -> bool
(** Tells whether the integer is a Unicode scalar value. *)
val of_int : int -> t
(** The character with the given scalar value.  Raises [Invalid_argument]
    when the integer is not one, with a message naming it in hexadecimal,
    e.g. [Invalid_argument "D800 is not an Unicode scalar value"]. *)
val unsafe_of_int : int -> t
(** Like [of_int] without the validity check. *)
val to_int : t -> int
(** The scalar value of the character. *)
val is_char : t -> bool
(** Tells whether the character is below 256, i.e. can be converted to a
    [char] with [to_char]. *)
val of_char : char -> t
(** The Unicode character whose scalar value is the code of the byte (read
    as Latin-1). *)
val to_char : t -> char
(** The byte with the same code as the character.  Raises
    [Invalid_argument] when the scalar value is 256 or more, e.g.
    [Invalid_argument "U+012C is not a latin1 character"]. *)
val unsafe_to_char : t -> char
(** Like [to_char] without the range check. *)
val equal : t -> t -> bool
(** Tells whether two characters are the same. *)
val compare : t -> t -> int
(** Orders characters by scalar value: negative, zero or positive. *)
val hash : t -> int
(** A hash of the character, suitable for [Hashtbl.Make]. *)
