(** Mutable arrays of fixed length, with constant-time access to any
    element.  Positions run from 0 to [length a - 1]; the functions that
    take positions check them and raise [Invalid_argument] when they fall
    outside the array. *)
type 'a t = 'a array
(** Another name for ['a array]. *)
external length : 'a array -> int = "%array_length"
(** The number of elements.  Constant time. *)
external get : 'a array -> int -> 'a = "%array_safe_get"
(** [get a i] is the element at position [i], also written [a.(i)].
    Raises [Invalid_argument "index out of bounds"] when [i] is not a valid
    position. *)
external set : 'a array -> int -> 'a -> unit = "%array_safe_set"
(** [set a i x] stores [x] at position [i], also written [a.(i) <- x].
    Raises [Invalid_argument "index out of bounds"] when [i] is not a valid
    position. *)
external make : int -> 'a -> 'a array = "caml_make_vect"
(** [make n x] is an array of length [n] whose elements are all [x] (the
    same value, shared, not copies of it).  Raises
    [Invalid_argument "Array.make"] when [n] is negative or too large. *)
external create_float : int -> float array = "caml_make_float_vect"
(** [create_float n] is a float array of length [n] with arbitrary
    contents.  Raises [Invalid_argument "Float.Array.create"] when [n] is
    negative or too large. *)
val init : int -> (int -> 'a) -> 'a array
(** [init n f] is the array [[|f 0; ...; f (n-1)|]], the calls being made
    in increasing order.  Raises [Invalid_argument "Array.init"] when [n]
    is negative. *)
val make_matrix : int -> int -> 'a -> 'a array array
(** [make_matrix rows cols x] is an array of [rows] distinct rows, each an
    array of [cols] copies of [x]; element [(i, j)] is [m.(i).(j)].
    Raises [Invalid_argument "Array.make"] when a dimension is negative. *)
val append : 'a array -> 'a array -> 'a array
(** A fresh array made of the elements of the first array followed by
    those of the second. *)
val concat : 'a array list -> 'a array
(** A fresh array made of the elements of all the arrays of the list, in
    order. *)
val sub : 'a array -> int -> int -> 'a array
(** [sub a pos len] is a fresh array holding the [len] elements of [a]
    starting at [pos].  Raises [Invalid_argument "Array.sub"] when that
    range is not inside [a]. *)
val copy : 'a array -> 'a array
(** A fresh array with the same elements (a shallow copy). *)
val fill : 'a array -> int -> int -> 'a -> unit
(** [fill a pos len x] stores [x] in the [len] positions of [a] starting
    at [pos].  Raises [Invalid_argument "Array.fill"] when that range is
    not inside [a]. *)
val blit : 'a array -> int -> 'a array -> int -> int -> unit
(** [blit src srcpos dst dstpos len] copies [len] elements of [src] from
    [srcpos] into [dst] at [dstpos]; overlapping ranges of the same array
    are handled correctly.  Raises [Invalid_argument "Array.blit"] when
    either range is invalid. *)
val to_list : 'a array -> 'a list
(** Builds a list from the array, keeping the order. *)
val of_list : 'a list -> 'a array
(** Builds a fresh array from the list, keeping the order. *)
val iter : ('a -> unit) -> 'a array -> unit
(** Calls the function on each element, from first to last. *)
val iteri : (int -> 'a -> unit) -> 'a array -> unit
(** Like [iter], also passing each element's position. *)
val map : ('a -> 'b) -> 'a array -> 'b array
(** A fresh array of the images of the elements by the function, applied
    from first to last. *)
val mapi : (int -> 'a -> 'b) -> 'a array -> 'b array
(** Like [map], also passing each element's position to the function. *)
val fold_left : ('a -> 'b -> 'a) -> 'a -> 'b array -> 'a
(** [fold_left f init a] threads an accumulator through the elements, from
    index 0 upwards: [f] gets the accumulator and [a.(0)] first. *)
val fold_left_map : ('a -> 'b -> 'a * 'c) -> 'a -> 'b array -> 'a * 'c array
(** Combines [fold_left] and [map]: threads an accumulator through the
    elements while collecting the second components of the results in a
    new array; returns the final accumulator and that array. *)
val fold_right : ('b -> 'a -> 'a) -> 'b array -> 'a -> 'a
(** [fold_right f a init] threads an accumulator through the elements from
    the last index down: [f] gets [a.(n-1)] and [init] first. *)
val iter2 : ('a -> 'b -> unit) -> 'a array -> 'b array -> unit
(** Calls the function on the pairs of elements at the same position of
    two arrays.  Raises
    [Invalid_argument "Array.iter2: arrays must have the same length"]
    when the lengths differ (before any call). *)
val map2 : ('a -> 'b -> 'c) -> 'a array -> 'b array -> 'c array
(** Pairwise [map] over two arrays.  Raises
    [Invalid_argument "Array.map2: arrays must have the same length"]
    when the lengths differ. *)
val for_all : ('a -> bool) -> 'a array -> bool
(** Tells whether every element satisfies the predicate, stopping at the
    first one that does not (true for the empty array). *)
val exists : ('a -> bool) -> 'a array -> bool
(** Tells whether some element satisfies the predicate, stopping at the
    first one that does. *)
val for_all2 : ('a -> 'b -> bool) -> 'a array -> 'b array -> bool
(** [for_all] on pairs of elements at the same position of two arrays.
    Raises [Invalid_argument "Array.for_all2"] when the lengths differ. *)
val exists2 : ('a -> 'b -> bool) -> 'a array -> 'b array -> bool
(** [exists] on pairs of elements at the same position of two arrays.
    Raises [Invalid_argument "Array.exists2"] when the lengths differ. *)
val mem : 'a -> 'a array -> bool
(** [mem x a] tells whether some element of [a] is structurally equal to
    [x]. *)
val memq : 'a -> 'a array -> bool
(** Like [mem], with physical equality ([==]). *)
val find_opt : ('a -> bool) -> 'a array -> 'a option
(** The first element satisfying the predicate, or [None]. *)
val find_map : ('a -> 'b option) -> 'a array -> 'b option
(** Applies the function to the elements in order and returns its first
    [Some] result, or [None] if there is none. *)
val split : ('a * 'b) array -> 'a array * 'b array
(** Turns an array of pairs into the array of first components and the
    array of second components. *)
val combine : 'a array -> 'b array -> ('a * 'b) array
(** Pairs up the elements at the same position of two arrays.  Raises
    [Invalid_argument "Array.combine"] when the lengths differ. *)
val sort : ('a -> 'a -> int) -> 'a array -> unit
(** Sorts the array in place, in increasing order of the comparison
    function.  Heap sort: O(n log n) time in the worst case and constant
    extra space, but not stable. *)
val stable_sort : ('a -> 'a -> int) -> 'a array -> unit
(** Sorts the array in place like [sort], keeping equal elements in their
    original order.  Merge sort: O(n log n) time, with a temporary array
    of half the length. *)
val fast_sort : ('a -> 'a -> int) -> 'a array -> unit
(** Whichever of [sort] and [stable_sort] is faster on typical input; here
    [stable_sort]. *)
val to_seq : 'a array -> 'a Seq.t
(** The elements as a sequence, from first to last.  Elements are read
    when the sequence is consumed, so changes made to the array meanwhile
    are seen. *)
val to_seqi : 'a array -> (int * 'a) Seq.t
(** Like [to_seq], pairing each element with its position. *)
val of_seq : 'a Seq.t -> 'a array
(** A fresh array holding the elements of a finite sequence. *)
external unsafe_get : 'a array -> int -> 'a = "%array_unsafe_get"
(** Like [get] without the bounds check: an invalid position gives an
    undefined result. *)
external unsafe_set : 'a array -> int -> 'a -> unit = "%array_unsafe_set"
(** Like [set] without the bounds check: an invalid position may corrupt
    memory. *)
