(** Functions over immutable singly-linked lists.  Unless stated otherwise,
    elements are visited from the head of the list towards its end; the
    functions marked as not tail-recursive need stack space that grows with
    the length of their list argument. *)
type 'a t = 'a list = [] | (::) of 'a * 'a list
(** The list type, re-exported with its two constructors so that [List.t]
    can be named in signatures. *)
val length : 'a list -> int
(** Number of elements of the list, computed by walking it (linear time). *)
val compare_lengths : 'a list -> 'b list -> int
(** Compares the lengths of two lists without counting them fully: the walk
    stops at the end of the shorter one.  The result is negative, zero or
    positive like [compare (length l1) (length l2)]. *)
val compare_length_with : 'a list -> int -> int
(** [compare_length_with l n] orders [length l] against [n], but looks at no
    more than [n] elements of [l].  Negative, zero or positive result. *)
val cons : 'a -> 'a list -> 'a list
(** [cons x l] is the list [x :: l], as a function. *)
val hd : 'a list -> 'a
(** The first element of the list.
    Raises [Failure "hd"] on the empty list. *)
val tl : 'a list -> 'a list
(** The list without its first element.
    Raises [Failure "tl"] on the empty list. *)
val nth : 'a list -> int -> 'a
(** [nth l n] is the element at position [n] of [l], the head being at
    position 0 (linear time in [n]).  Raises [Invalid_argument "List.nth"]
    when [n] is negative and [Failure "nth"] when [l] has [n] elements or
    fewer. *)
val nth_opt : 'a list -> int -> 'a option
(** Like [nth], but gives [None] when the list is too short.  A negative
    index still raises [Invalid_argument "List.nth"]. *)
val rev : 'a list -> 'a list
(** The elements of the list in the opposite order.  Tail-recursive. *)
val init : int -> (int -> 'a) -> 'a list
(** [init n f] builds [[f 0; f 1; ...; f (n-1)]], calling [f] in increasing
    order of index.  Not tail-recursive for lists of up to 10_000 elements
    (tail-recursive beyond).  Raises [Invalid_argument "List.init"] when [n]
    is negative. *)
val append : 'a list -> 'a list -> 'a list
(** [append l1 l2] puts the elements of [l1] in front of [l2], like the
    operator [@].  Copies [l1]; not tail-recursive in the length of [l1]. *)
val rev_append : 'a list -> 'a list -> 'a list
(** [rev_append l1 l2] pushes the elements of [l1], last one first, onto
    [l2]: the same result as [append (rev l1) l2], but tail-recursive. *)
val concat : 'a list list -> 'a list
(** Joins a list of lists into one list, keeping the order.  Not
    tail-recursive (in the total length of the result). *)
val flatten : 'a list list -> 'a list
(** Another name for [concat]; not tail-recursive either. *)
val equal : ('a -> 'a -> bool) -> 'a list -> 'a list -> bool
(** [equal eq l1 l2] holds when both lists have the same length and [eq]
    holds for each pair of elements at the same position.  Stops at the
    first pair for which [eq] is false. *)
val compare : ('a -> 'a -> int) -> 'a list -> 'a list -> int
(** Lexicographic ordering of two lists, comparing elements with the given
    function; a strict prefix sorts before the longer list. *)
val iter : ('a -> unit) -> 'a list -> unit
(** [iter f l] calls [f] on each element of [l], from first to last. *)
val iteri : (int -> 'a -> unit) -> 'a list -> unit
(** Like [iter], but [f] also receives the position of the element
    (starting from 0). *)
val map : ('a -> 'b) -> 'a list -> 'b list
(** [map f l] applies [f] to each element of [l], from first to last, and
    lists the results in the same order.  Not tail-recursive. *)
val mapi : (int -> 'a -> 'b) -> 'a list -> 'b list
(** Like [map], with the position of each element (from 0) passed to [f]
    as its first argument.  Not tail-recursive. *)
val rev_map : ('a -> 'b) -> 'a list -> 'b list
(** [rev_map f l] is [rev (map f l)], computed in one tail-recursive pass;
    [f] is still applied from the first element to the last. *)
val filter_map : ('a -> 'b option) -> 'a list -> 'b list
(** Applies the function to each element and keeps the [Some] results,
    unwrapped, in their original order; elements mapped to [None] are
    dropped.  Tail-recursive. *)
val concat_map : ('a -> 'b list) -> 'a list -> 'b list
(** [concat_map f l] calls [f] on each element, from first to last, and
    chains the lists it returns.  Tail-recursive. *)
val fold_left_map : ('a -> 'b -> 'a * 'c) -> 'a -> 'b list -> 'a * 'c list
(** Threads an accumulator through the list like [fold_left] while also
    building a list like [map]: returns the final accumulator together with
    the mapped elements, in the original order. *)
val fold_left : ('a -> 'b -> 'a) -> 'a -> 'b list -> 'a
(** [fold_left f init [a; b; c]] computes [f (f (f init a) b) c], going
    from the first element to the last.  Tail-recursive. *)
val fold_right : ('a -> 'b -> 'b) -> 'a list -> 'b -> 'b
(** [fold_right f [a; b; c] init] computes [f a (f b (f c init))], so the
    last element is combined first.  Not tail-recursive. *)
val iter2 : ('a -> 'b -> unit) -> 'a list -> 'b list -> unit
(** Calls the function on the pairs of elements at the same position in
    two lists, from first to last.  Raises [Invalid_argument "List.iter2"]
    when the lengths differ (after the calls on the common prefix). *)
val map2 : ('a -> 'b -> 'c) -> 'a list -> 'b list -> 'c list
(** Pairwise [map] over two lists.  Raises [Invalid_argument "List.map2"]
    when their lengths differ.  Not tail-recursive. *)
val rev_map2 : ('a -> 'b -> 'c) -> 'a list -> 'b list -> 'c list
(** [rev (map2 f l1 l2)], computed tail-recursively.  Raises
    [Invalid_argument "List.rev_map2"] when the lengths differ. *)
val fold_left2 : ('a -> 'b -> 'c -> 'a) -> 'a -> 'b list -> 'c list -> 'a
(** Left fold over two lists at once, the function receiving the
    accumulator and the two elements of each position.  Raises
    [Invalid_argument "List.fold_left2"] when the lengths differ. *)
val fold_right2 : ('a -> 'b -> 'c -> 'c) -> 'a list -> 'b list -> 'c -> 'c
(** Right fold over two lists at once.  Raises
    [Invalid_argument "List.fold_right2"] when the lengths differ.  Not
    tail-recursive. *)
val for_all : ('a -> bool) -> 'a list -> bool
(** [for_all p l] is true when [p] holds for every element of [l] (true for
    the empty list).  Stops at the first element failing [p]. *)
val exists : ('a -> bool) -> 'a list -> bool
(** [exists p l] is true when [p] holds for at least one element of [l]
    (false for the empty list).  Stops at the first element satisfying [p]. *)
val for_all2 : ('a -> 'b -> bool) -> 'a list -> 'b list -> bool
(** [for_all] on pairs of elements taken at the same position of two
    lists.  Raises [Invalid_argument "List.for_all2"] when the lengths
    differ and no earlier pair made the answer false. *)
val exists2 : ('a -> 'b -> bool) -> 'a list -> 'b list -> bool
(** [exists] on pairs of elements taken at the same position of two lists.
    Raises [Invalid_argument "List.exists2"] when the lengths differ and no
    earlier pair made the answer true. *)
val mem : 'a -> 'a list -> bool
(** [mem x l] tells whether some element of [l] is structurally equal to
    [x] (as decided by [compare]). *)
val memq : 'a -> 'a list -> bool
(** Like [mem], but tests physical equality ([==]) instead. *)
val find : ('a -> bool) -> 'a list -> 'a
(** The first element of the list satisfying the predicate.
    Raises [Not_found] when there is none. *)
val find_opt : ('a -> bool) -> 'a list -> 'a option
(** The first element satisfying the predicate, or [None] if no element
    does. *)
val find_map : ('a -> 'b option) -> 'a list -> 'b option
(** Applies the function to the elements in order and returns its first
    [Some] result; [None] if it gives [None] for all of them. *)
val filter : ('a -> bool) -> 'a list -> 'a list
(** The elements satisfying the predicate, in their original order.
    Tail-recursive. *)
val find_all : ('a -> bool) -> 'a list -> 'a list
(** Another name for [filter]. *)
val filteri : (int -> 'a -> bool) -> 'a list -> 'a list
(** Like [filter], but the predicate also receives the position of each
    element (from 0). *)
val partition : ('a -> bool) -> 'a list -> 'a list * 'a list
(** Splits a list into the elements that satisfy the predicate and those
    that do not, both in their original order. *)
val partition_map : ('a -> ('b, 'c) Either.t) -> 'a list -> 'b list * 'c list
(** Sorts the results of the function into two lists: the [Left] payloads
    in the first, the [Right] payloads in the second, each in the order of
    the input. *)
val assoc : 'a -> ('a * 'b) list -> 'b
(** [assoc k l] is the value paired with the first key of the association
    list [l] structurally equal to [k].  Raises [Not_found] if no key
    matches. *)
val assoc_opt : 'a -> ('a * 'b) list -> 'b option
(** Like [assoc], returning [None] instead of raising when [k] is absent. *)
val assq : 'a -> ('a * 'b) list -> 'b
(** Like [assoc], comparing keys with physical equality ([==]).
    Raises [Not_found] if no key matches. *)
val assq_opt : 'a -> ('a * 'b) list -> 'b option
(** Like [assq], returning [None] when no key matches. *)
val mem_assoc : 'a -> ('a * 'b) list -> bool
(** Tells whether the association list has a key structurally equal to the
    given one. *)
val mem_assq : 'a -> ('a * 'b) list -> bool
(** Like [mem_assoc], with physical equality on keys. *)
val remove_assoc : 'a -> ('a * 'b) list -> ('a * 'b) list
(** Drops the first pair whose key is structurally equal to the given one;
    the list is returned unchanged in content when there is none.  Not
    tail-recursive. *)
val remove_assq : 'a -> ('a * 'b) list -> ('a * 'b) list
(** Like [remove_assoc], with physical equality on keys.  Not
    tail-recursive. *)
val split : ('a * 'b) list -> 'a list * 'b list
(** Turns a list of pairs into the list of first components and the list
    of second components.  Not tail-recursive. *)
val combine : 'a list -> 'b list -> ('a * 'b) list
(** Pairs up the elements of two lists position by position.  Raises
    [Invalid_argument "List.combine"] when the lengths differ.  Not
    tail-recursive. *)
val sort : ('a -> 'a -> int) -> 'a list -> 'a list
(** Sorts a list in increasing order of the comparison function (negative
    means smaller).  This is a merge sort: stable, O(n log n) comparisons,
    and stack use logarithmic in the length. *)
val stable_sort : ('a -> 'a -> int) -> 'a list -> 'a list
(** Sorts like [sort], guaranteeing that equal elements keep their
    original relative order. *)
val fast_sort : ('a -> 'a -> int) -> 'a list -> 'a list
(** The sort that is fastest on typical input; here the same stable merge
    sort as [sort]. *)
val sort_uniq : ('a -> 'a -> int) -> 'a list -> 'a list
(** Sorts like [sort] and keeps only one element of each group of elements
    that compare as equal. *)
val merge : ('a -> 'a -> int) -> 'a list -> 'a list -> 'a list
(** Combines two lists that are already sorted by the comparison function
    into one sorted list; on ties, elements of the first list come first.
    Not tail-recursive. *)
val to_seq : 'a list -> 'a Seq.t
(** A sequence that yields the elements of the list, on demand, from first
    to last. *)
val of_seq : 'a Seq.t -> 'a list
(** Reads a finite sequence to its end and collects its elements in a list,
    in order.  Does not return on an infinite sequence. *)
