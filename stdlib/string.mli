(** Immutable sequences of bytes, usually holding text.  Positions run from
    0 to [length s - 1]; functions that take a position or a range raise
    [Invalid_argument] when it falls outside the string.  Functions that
    seem to change a string return a new one. *)
type t = string
(** Another name for [string]. *)
val make : int -> char -> string
(** [make n c] is the string of [n] copies of [c].
    Raises [Invalid_argument "Bytes.create"] when [n] is negative or too
    large. *)
val init : int -> (int -> char) -> string
(** [init n f] is the string of [f 0], ..., [f (n-1)], computed in that
    order.  Raises [Invalid_argument "Bytes.create"] for a bad length. *)
val empty : string
(** The string of length 0. *)
val of_bytes : bytes -> string
(** Copies the bytes into a new string; changing the bytes afterwards does
    not affect it. *)
val to_bytes : string -> bytes
(** A fresh, modifiable byte sequence holding the characters of the
    string. *)
external length : string -> int = "%string_length"
(** The number of bytes (not of Unicode characters) of the string.
    Constant time. *)
external get : string -> int -> char = "%string_safe_get"
(** [get s i] is the byte at position [i], also written [s.[i]].
    Raises [Invalid_argument "index out of bounds"] when [i] is not a valid
    position. *)
val concat : string -> string list -> string
(** [concat sep l] joins the strings of [l], putting [sep] between each
    two.  Raises [Invalid_argument "String.concat"] if the result would be
    too long. *)
val cat : string -> string -> string
(** Joins two strings, like the operator [^]. *)
val equal : t -> t -> bool
(** Tells whether two strings have the same bytes. *)
val compare : t -> t -> int
(** Orders strings lexicographically by byte value, like [Stdlib.compare];
    negative, zero or positive. *)
val starts_with : string -> string -> bool
(** [starts_with prefix s] tells whether [s] begins with [prefix]. *)
val ends_with : string -> string -> bool
(** [ends_with suffix s] tells whether [s] finishes with [suffix]. *)
val contains_from : string -> int -> char -> bool
(** [contains_from s i c] tells whether [c] occurs in [s] at or after
    position [i].  Raises
    [Invalid_argument "String.contains_from / Bytes.contains_from"] unless
    [0 <= i <= length s]. *)
val rcontains_from : string -> int -> char -> bool
(** [rcontains_from s i c] tells whether [c] occurs in [s] at or before
    position [i].  Raises
    [Invalid_argument "String.rcontains_from / Bytes.rcontains_from"]
    unless [0 <= i < length s]. *)
val contains : string -> char -> bool
(** Tells whether the character occurs in the string. *)
val sub : string -> int -> int -> string
(** [sub s pos len] is the part of [s] of length [len] starting at [pos].
    Raises [Invalid_argument "String.sub / Bytes.sub"] when that range is
    not inside [s]. *)
val split_on_char : char -> string -> string list
(** [split_on_char sep s] cuts [s] at every occurrence of [sep] and lists
    the pieces, separators removed.  The result is never empty: a string
    without [sep] gives a one-element list, and adjacent separators give
    empty pieces. *)
val map : (char -> char) -> string -> string
(** The string of the images of the characters by the function, applied
    from first to last. *)
val mapi : (int -> char -> char) -> string -> string
(** Like [map], also passing each character's position. *)
val trim : string -> string
(** The string without its leading and trailing whitespace (spaces, tabs,
    newlines, carriage returns and form feeds). *)
val escaped : string -> string
(** The string with its special characters written as OCaml escape
    sequences, as they would appear between the quotes of a string
    literal.  Returns its argument when nothing needs escaping. *)
val uppercase_ascii : string -> string
(** The string with its ASCII lowercase letters turned into uppercase. *)
val lowercase_ascii : string -> string
(** The string with its ASCII uppercase letters turned into lowercase. *)
val capitalize_ascii : string -> string
(** The string with its first character in uppercase, if it is an ASCII
    letter. *)
val uncapitalize_ascii : string -> string
(** The string with its first character in lowercase, if it is an ASCII
    letter. *)
val fold_left : ('a -> char -> 'a) -> 'a -> string -> 'a
(** Threads an accumulator through the characters, from first to last. *)
val fold_right : (char -> 'a -> 'a) -> string -> 'a -> 'a
(** Threads an accumulator through the characters, from last to first. *)
val for_all : (char -> bool) -> string -> bool
(** Tells whether every character satisfies the predicate (true for the
    empty string). *)
val exists : (char -> bool) -> string -> bool
(** Tells whether some character satisfies the predicate. *)
val iter : (char -> unit) -> string -> unit
(** Calls the function on each character, from first to last. *)
val iteri : (int -> char -> unit) -> string -> unit
(** Like [iter], also passing each character's position. *)
val index_from : string -> int -> char -> int
(** [index_from s i c] is the first position of [c] in [s] at or after
    [i].  Raises [Not_found] if there is none, and
    [Invalid_argument "String.index_from / Bytes.index_from"] unless
    [0 <= i <= length s]. *)
val index_from_opt : string -> int -> char -> int option
(** Like [index_from], with [None] instead of [Not_found].  Raises
    [Invalid_argument "String.index_from_opt / Bytes.index_from_opt"] for
    an invalid start position. *)
val rindex_from : string -> int -> char -> int
(** [rindex_from s i c] is the last position of [c] in [s] at or before
    [i].  Raises [Not_found] if there is none, and
    [Invalid_argument "String.rindex_from / Bytes.rindex_from"] unless
    [-1 <= i < length s]. *)
val rindex_from_opt : string -> int -> char -> int option
(** Like [rindex_from], with [None] instead of [Not_found].  Raises
    [Invalid_argument "String.rindex_from_opt / Bytes.rindex_from_opt"]
    for an invalid start position. *)
val index : string -> char -> int
(** The position of the first occurrence of the character.
    Raises [Not_found] if it does not occur. *)
val index_opt : string -> char -> int option
(** The position of the first occurrence of the character, or [None]. *)
val rindex : string -> char -> int
(** The position of the last occurrence of the character.
    Raises [Not_found] if it does not occur. *)
val rindex_opt : string -> char -> int option
(** The position of the last occurrence of the character, or [None]. *)
val to_seq : t -> char Seq.t
(** The characters as a sequence, from first to last. *)
val to_seqi : t -> (int * char) Seq.t
(** The characters paired with their positions, as a sequence. *)
val of_seq : char Seq.t -> t
(** The string of the characters of a finite sequence. *)
val blit : string -> int -> bytes -> int -> int -> unit
(** [blit src srcpos dst dstpos len] copies [len] characters of [src] from
    [srcpos] into [dst] at [dstpos].  Raises
    [Invalid_argument "String.blit / Bytes.blit_string"] when either range
    is invalid. *)
external unsafe_get : string -> int -> char = "%string_unsafe_get"
(** Like [get] without the bounds check: an invalid position gives an
    undefined result. *)
