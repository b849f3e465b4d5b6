(* Integer values (OCaml 4.13 semantics). *)
type t = int

let zero = 0
let one = 1
let minus_one = -1

external neg : int -> int = "%negint"
external add : int -> int -> int = "%addint"
external sub : int -> int -> int = "%subint"
external mul : int -> int -> int = "%mulint"
external div : int -> int -> int = "%divint"
external rem : int -> int -> int = "%modint"
external succ : int -> int = "%succint"
external pred : int -> int = "%predint"
external logand : int -> int -> int = "%andint"
external logor : int -> int -> int = "%orint"
external logxor : int -> int -> int = "%xorint"
external shift_left : int -> int -> int = "%lslint"
external shift_right : int -> int -> int = "%asrint"
external shift_right_logical : int -> int -> int = "%lsrint"
external to_float : int -> float = "%floatofint"
external of_float : float -> int = "%intoffloat"
external compare_prim : int -> int -> int = "%compare"
external format_int : string -> int -> string = "caml_format_int"

let abs x = if x >= 0 then x else neg x

let max_int = shift_right_logical (-1) 1
let min_int = add max_int 1

let lognot x = logxor x (-1)

let equal (x : int) y = x = y

let compare (x : int) y = compare_prim x y

let min (x : int) y = if x <= y then x else y

let max (x : int) y = if x >= y then x else y

let to_string x = format_int "%d" x
