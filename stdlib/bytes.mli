(** Mutable sequences of bytes of fixed length.  Unlike strings, a byte
    sequence can be modified in place; positions run from 0 to
    [length b - 1].  The functions that take a position and a length check
    them and raise [Invalid_argument] when they fall outside the sequence. *)
external length : bytes -> int = "%bytes_length"
(** The number of bytes of the sequence.  Constant time. *)
external get : bytes -> int -> char = "%bytes_safe_get"
(** [get b i] is the byte at position [i] of [b].
    Raises [Invalid_argument "index out of bounds"] when [i] is not a valid
    position. *)
external set : bytes -> int -> char -> unit = "%bytes_safe_set"
(** [set b i c] stores [c] at position [i] of [b], in place.
    Raises [Invalid_argument "index out of bounds"] when [i] is not a valid
    position. *)
external create : int -> bytes = "caml_create_bytes"
(** [create n] allocates a sequence of [n] bytes whose contents are
    arbitrary.  Raises [Invalid_argument "Bytes.create"] when [n] is
    negative or larger than [Sys.max_string_length]. *)
val make : int -> char -> bytes
(** [make n c] is a fresh sequence of [n] copies of [c].
    Raises [Invalid_argument "Bytes.create"] for a bad length. *)
val init : int -> (int -> char) -> bytes
(** [init n f] is the sequence of [f 0], ..., [f (n-1)], computed in that
    order.  Raises [Invalid_argument "Bytes.create"] for a bad length. *)
val empty : bytes
(** A sequence of length 0. *)
val copy : bytes -> bytes
(** A fresh sequence with the same contents. *)
val of_string : string -> bytes
(** A fresh, modifiable sequence holding the characters of the string. *)
val to_string : bytes -> string
(** A string holding a copy of the current contents; later changes to the
    bytes do not affect it. *)
val sub : bytes -> int -> int -> bytes
(** [sub b pos len] is a fresh copy of the [len] bytes of [b] starting at
    [pos].  Raises [Invalid_argument "String.sub / Bytes.sub"] when that
    range is not inside [b]. *)
val sub_string : bytes -> int -> int -> string
(** Like [sub], but returns the bytes as a string.  Raises
    [Invalid_argument "String.sub / Bytes.sub"] for a bad range. *)
val extend : bytes -> int -> int -> bytes
(** [extend b left right] is a copy of [b] with [left] bytes added at the
    start and [right] at the end (negative amounts cut bytes off instead);
    the added bytes are arbitrary.  Raises [Invalid_argument "Bytes.create"]
    when the new length is negative, and [Invalid_argument "Bytes.extend"]
    when it overflows. *)
val fill : bytes -> int -> int -> char -> unit
(** [fill b pos len c] overwrites the [len] bytes of [b] from [pos] with
    [c].  Raises [Invalid_argument "String.fill / Bytes.fill"] when the
    range is not inside [b]. *)
val blit : bytes -> int -> bytes -> int -> int -> unit
(** [blit src srcpos dst dstpos len] copies [len] bytes from [src] at
    [srcpos] to [dst] at [dstpos]; it works even when [src] and [dst] are
    the same sequence and the ranges overlap.  Raises
    [Invalid_argument "Bytes.blit"] when either range is invalid. *)
val blit_string : string -> int -> bytes -> int -> int -> unit
(** Like [blit], copying from a string.  Raises
    [Invalid_argument "String.blit / Bytes.blit_string"] when either range
    is invalid. *)
val concat : bytes -> bytes list -> bytes
(** [concat sep l] is a fresh sequence made of the elements of [l] with
    [sep] between each two.  Raises [Invalid_argument "Bytes.concat"] if
    the result would be too long. *)
val cat : bytes -> bytes -> bytes
(** A fresh sequence made of the first argument followed by the second.
    Raises [Invalid_argument "Bytes.cat"] if the result would be too long. *)
val iter : (char -> unit) -> bytes -> unit
(** Calls the function on each byte, from first to last. *)
val iteri : (int -> char -> unit) -> bytes -> unit
(** Like [iter], also passing each byte's position. *)
val map : (char -> char) -> bytes -> bytes
(** A new sequence holding the images of the bytes by the function,
    applied from first to last. *)
val mapi : (int -> char -> char) -> bytes -> bytes
(** Like [map], also passing each byte's position to the function. *)
val trim : bytes -> bytes
(** A copy without the leading and trailing whitespace, i.e. the spaces,
    tabs, newlines, carriage returns and form feeds. *)
val escaped : bytes -> bytes
(** A copy in which special characters are written as OCaml escape
    sequences (backslash escapes for quotes, backslashes and control
    characters, decimal [\ddd] codes for the non-printable ones). *)
val index : bytes -> char -> int
(** The position of the first occurrence of the byte.
    Raises [Not_found] if it does not occur. *)
val index_opt : bytes -> char -> int option
(** The position of the first occurrence of the byte, or [None]. *)
val rindex : bytes -> char -> int
(** The position of the last occurrence of the byte.
    Raises [Not_found] if it does not occur. *)
val rindex_opt : bytes -> char -> int option
(** The position of the last occurrence of the byte, or [None]. *)
val contains : bytes -> char -> bool
(** Tells whether the byte occurs in the sequence. *)
val index_from : bytes -> int -> char -> int
(** [index_from b i c] is the first position of [c] in [b] at or after
    [i].  Raises [Not_found] if there is none, and
    [Invalid_argument "String.index_from / Bytes.index_from"] unless
    [0 <= i <= length b]. *)
val index_from_opt : bytes -> int -> char -> int option
(** Like [index_from], with [None] instead of [Not_found].  Raises
    [Invalid_argument "String.index_from_opt / Bytes.index_from_opt"] for
    an invalid start position. *)
val rindex_from : bytes -> int -> char -> int
(** [rindex_from b i c] is the last position of [c] in [b] at or before
    [i].  Raises [Not_found] if there is none, and
    [Invalid_argument "String.rindex_from / Bytes.rindex_from"] unless
    [-1 <= i < length b]. *)
val rindex_from_opt : bytes -> int -> char -> int option
(** Like [rindex_from], with [None] instead of [Not_found].  Raises
    [Invalid_argument "String.rindex_from_opt / Bytes.rindex_from_opt"]
    for an invalid start position. *)
val contains_from : bytes -> int -> char -> bool
(** [contains_from b i c] tells whether [c] occurs in [b] at or after [i].
    Raises [Invalid_argument "String.contains_from / Bytes.contains_from"]
    unless [0 <= i <= length b]. *)
val rcontains_from : bytes -> int -> char -> bool
(** [rcontains_from b i c] tells whether [c] occurs in [b] at or before
    [i].  Raises
    [Invalid_argument "String.rcontains_from / Bytes.rcontains_from"]
    unless [0 <= i < length b]. *)
val uppercase_ascii : bytes -> bytes
(** A copy with the ASCII lowercase letters turned into uppercase; other
    bytes are unchanged. *)
val lowercase_ascii : bytes -> bytes
(** A copy with the ASCII uppercase letters turned into lowercase; other
    bytes are unchanged. *)
val capitalize_ascii : bytes -> bytes
(** A copy whose first byte is turned into uppercase if it is an ASCII
    letter. *)
val uncapitalize_ascii : bytes -> bytes
(** A copy whose first byte is turned into lowercase if it is an ASCII
    letter. *)
type t = bytes
(** Another name for [bytes]. *)
val compare : t -> t -> int
(** Orders byte sequences lexicographically by byte value, like
    [Stdlib.compare]. *)
val equal : t -> t -> bool
(** Tells whether two sequences have the same length and contents. *)
val to_seq : t -> char Seq.t
(** The bytes as a sequence, from first to last; the bytes are read as the
    sequence is consumed, so changes made meanwhile are seen. *)
val of_seq : char Seq.t -> t
(** A fresh sequence holding the characters of a finite sequence. *)
external unsafe_get : bytes -> int -> char = "%bytes_unsafe_get"
(** Like [get] without the bounds check: an invalid position gives an
    undefined result. *)
external unsafe_set : bytes -> int -> char -> unit = "%bytes_unsafe_set"
(** Like [set] without the bounds check: an invalid position may corrupt
    memory. *)
external unsafe_to_string : bytes -> string = "%bytes_to_string"
(** Views the bytes as a string without copying.  Only safe if the bytes
    are never modified afterwards. *)
external unsafe_of_string : string -> bytes = "%bytes_of_string"
(** Views a string as bytes without copying.  Only safe if the result is
    never modified. *)
