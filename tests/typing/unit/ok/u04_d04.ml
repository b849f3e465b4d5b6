type shape = Circle of float | Rect of { w : float; h : float }
let area = function Circle r -> 3.14 *. r *. r | Rect { w; h } -> w *. h
type 'a res = ('a, string) result
let ok x : int res = Ok x
type t = { a : int; b : bool } and u = T of t | U
let mk_u a = T { a; b = true }
type color = Red | Green | Blue
let all = [Red; Green; Blue]
exception E1
exception E2 of int * string
exception E3 of { code : int }
let raise_e3 () = raise (E3 { code = 1 })
type 'a pair = 'a * 'a
type point = { x : int; y : int }
let origin = { x = 0; y = 0 }
let move p dx = { p with x = p.x + dx }
let sum_point { x; y } = x + y
type priv = private int
type abs
type ('a, 'b) either = L of 'a | R of 'b
let swap = function L a -> R a | R b -> L b
