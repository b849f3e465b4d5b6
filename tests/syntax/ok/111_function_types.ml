(* Arrow types: right associative, with tuples and parameters. *)
type binop = int -> int -> int
type hof = (int -> int) -> int -> int
type curried = int -> (int -> int)
type pair_fn = int * int -> int
type 'a cont = ('a -> unit) -> unit
type ('a, 'b) conv = 'a -> 'b option

let plus : binop = ( + )
let apply_twice : hof = fun f x -> f (f x)
let adder : curried = fun a b -> a + b
let add_pair : pair_fn = fun (a, b) -> a + b
let ret x : 'a cont = fun k -> k x
let to_int : (string, int) conv = int_of_string_opt
let compose (f : 'b -> 'c) (g : 'a -> 'b) : 'a -> 'c = fun x -> f (g x)

let () =
  Printf.printf "%d %d %d %d\n" (plus 1 2) (apply_twice succ 0) (adder 3 4) (add_pair (5, 6));
  ret 42 (Printf.printf "%d\n");
  (match to_int "17" with Some n -> Printf.printf "%d\n" n | None -> ());
  Printf.printf "%d\n" ((compose String.length string_of_int) 12345)
