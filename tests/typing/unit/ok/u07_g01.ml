type ('key, 'value) very_long_type_name_for_breaking = { the_key_field : 'key; the_value_field : 'value; mutable counter_field : int }
type ('a, 'b, 'c) triple = First of 'a | Second of 'b | Third of 'c | Fourth of 'a * 'b * 'c | Fifth
type big = { a : int; b : string; c : float; d : bool; e : char; f : int list; g : string array }
type alias_of_long = (int, string) very_long_type_name_for_breaking list option array
let f : (int -> int) -> (string -> string) -> (float -> float) -> (bool -> bool) -> int * string * float * bool = fun a b c d -> (a 1, b "", c 1., d true)
let g (x : (int * string) list) (y : (string, int) Hashtbl.t) (z : int option array) (w : (int -> int) list) = (x, y, z, w)
module type LONG = sig
  type t
  val create_something_with_a_long_name : int -> string -> float -> bool -> t
  val another_function_with_many_arguments : t -> t -> t -> t -> t -> t -> t -> t -> t
  exception Failure_of_something of string * int
end
module F (A : LONG) (B : LONG) (C : sig type t val x : t end) = struct
  let pair = (C.x, C.x)
end
exception Big_exception_with_many_args of int * string * float * bool * char * int list * string array * unit
let h = (fun x -> x), (fun y -> y + 1)
type 'a nested = { inner : 'a list list; outer : ('a * 'a) option }
type t1 = A1 of { x : int; y : int } | B1 of { name : string }
let deep = [[[[1]]]]
let fn_in_tuple : (int -> int) * (int -> int -> int) = (succ, ( + ))
let arrow_in_list : (int -> int) list = [succ]
let opt_fn : (int -> int) option = None
let curried_result : int -> (int -> int) = fun x y -> x + y
let tuple_arg : (int * int) -> int = fun (a, b) -> a
