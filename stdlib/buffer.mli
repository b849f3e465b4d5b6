(** Extensible buffers: byte sequences that grow as text is appended to
    them, in amortized constant time per byte.  They are the efficient way
    to build a long string piece by piece (repeated [^] would copy the
    whole string each time). *)
type t
(** A mutable buffer. *)
val create : int -> t
(** [create n] makes an empty buffer.  [n] is the initial capacity, a mere
    hint: values below 1 are raised to 1 and values above
    [Sys.max_string_length] lowered to it, and the buffer grows when
    needed. *)
val contents : t -> string
(** A copy of the current contents, as a string. *)
val to_bytes : t -> bytes
(** A copy of the current contents, as a byte sequence. *)
val sub : t -> int -> int -> string
(** [sub b pos len] is a copy of the [len] bytes of the contents starting
    at [pos].  Raises [Invalid_argument "Buffer.sub"] when that range is
    not inside the contents. *)
val nth : t -> int -> char
(** [nth b i] is the byte at position [i] of the contents.  Raises
    [Invalid_argument "Buffer.nth"] unless [0 <= i < length b]. *)
val length : t -> int
(** The number of bytes currently held. *)
val clear : t -> unit
(** Empties the buffer, keeping its current storage. *)
val reset : t -> unit
(** Empties the buffer and goes back to the storage allocated by [create],
    releasing any larger storage obtained since. *)
val add_char : t -> char -> unit
(** Appends one character.  Raises [Failure "Buffer.add: cannot grow buffer"]
    if the buffer would exceed the maximal string length (as do all the
    [add_] functions). *)
val add_string : t -> string -> unit
(** Appends a string. *)
val add_bytes : t -> bytes -> unit
(** Appends the current contents of a byte sequence. *)
val add_substring : t -> string -> int -> int -> unit
(** [add_substring b s pos len] appends the [len] bytes of [s] starting at
    [pos].  Raises [Invalid_argument "Buffer.add_substring/add_subbytes"]
    when that range is not inside [s]. *)
val add_buffer : t -> t -> unit
(** [add_buffer dst src] copies what [src] currently holds to the end of
    [dst]. *)
val truncate : t -> int -> unit
(** [truncate b len] keeps only the first [len] bytes of the contents.
    Raises [Invalid_argument "Buffer.truncate"] unless
    [0 <= len <= length b]. *)
val blit : t -> int -> bytes -> int -> int -> unit
(** [blit b srcpos dst dstpos len] copies [len] bytes of the contents of
    [b], from [srcpos], into [dst] at [dstpos].  Raises
    [Invalid_argument "Buffer.blit"] when either range is invalid. *)
val output_buffer : out_channel -> t -> unit
(** Writes the contents of the buffer on the channel. *)
val add_utf_8_uchar : t -> Uchar.t -> unit
(** Appends the UTF-8 encoding of a Unicode character (one to four
    bytes). *)
val add_utf_16le_uchar : t -> Uchar.t -> unit
(** Appends the UTF-16 encoding of a Unicode character, little-endian (two
    or four bytes). *)
val add_utf_16be_uchar : t -> Uchar.t -> unit
(** Appends the UTF-16 encoding of a Unicode character, big-endian (two or
    four bytes). *)
val add_subbytes : t -> bytes -> int -> int -> unit
(** [add_subbytes b s pos len] appends the [len] bytes of [s] starting at
    [pos].  Raises [Invalid_argument "Buffer.add_substring/add_subbytes"]
    when that range is not inside [s]. *)
val add_substitute : t -> (string -> string) -> string -> unit
(** [add_substitute b f s] appends [s] with each variable replaced by its
    image by [f]: a variable is [$] followed by a name made of letters,
    digits and underscores, or by any text between matching parentheses
    or braces.  A backslash before [$] makes it literal.  Raises
    [Not_found] for a [$] at the very end or an unclosed parenthesis or
    brace. *)
val add_channel : t -> in_channel -> int -> unit
(** [add_channel b ic n] reads [n] bytes from [ic] and appends them.
    Raises [Invalid_argument "Buffer.add_channel"] when [n] is negative or
    too large, and [End_of_file] when the channel ends first (the bytes
    read so far are still appended). *)
val to_seq : t -> char Seq.t
(** The contents as a sequence of characters, from first to last.  The
    sequence reads the buffer as it is consumed, so later changes to the
    buffer show through. *)
val to_seqi : t -> (int * char) Seq.t
(** Like [to_seq], pairing each character with its position. *)
val add_seq : t -> char Seq.t -> unit
(** Appends every character of a finite sequence. *)
val of_seq : char Seq.t -> t
(** A new buffer holding the characters of a finite sequence. *)
val add_uint8 : t -> int -> unit
(** Appends one byte holding the low 8 bits of the integer. *)
val add_int8 : t -> int -> unit
(** Appends one byte holding the low 8 bits of the integer (a value from
    -128 to 127 is stored in two's complement). *)
val add_uint16_ne : t -> int -> unit
(** Appends the low 16 bits of the integer as two bytes, in the native
    byte order of the machine (little-endian here). *)
val add_uint16_be : t -> int -> unit
(** Appends the low 16 bits of the integer as two bytes, most significant
    first (big-endian). *)
val add_uint16_le : t -> int -> unit
(** Appends the low 16 bits of the integer as two bytes, least significant
    first (little-endian). *)
val add_int16_ne : t -> int -> unit
(** Appends a signed 16-bit integer (the low 16 bits of the argument) in
    the native byte order (little-endian here). *)
val add_int16_be : t -> int -> unit
(** Appends a signed 16-bit integer (the low 16 bits of the argument),
    big-endian. *)
val add_int16_le : t -> int -> unit
(** Appends a signed 16-bit integer (the low 16 bits of the argument),
    little-endian. *)
val add_int32_ne : t -> int32 -> unit
(** Appends the four bytes of a 32-bit integer in the native byte order
    (little-endian here). *)
val add_int32_be : t -> int32 -> unit
(** Appends the four bytes of a 32-bit integer, most significant first. *)
val add_int32_le : t -> int32 -> unit
(** Appends the four bytes of a 32-bit integer, least significant first. *)
val add_int64_ne : t -> int64 -> unit
(** Appends the eight bytes of a 64-bit integer in the native byte order
    (little-endian here). *)
val add_int64_be : t -> int64 -> unit
(** Appends the eight bytes of a 64-bit integer, most significant first. *)
val add_int64_le : t -> int64 -> unit
(** Appends the eight bytes of a 64-bit integer, least significant
    first. *)
