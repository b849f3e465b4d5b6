type t = int;;
type 'a pair = 'a * 'a;;
type r = { a : int; mutable b : string };;
type v = A | B of int | C of { x : int };;
type a = X of b and b = Y of a | Z;;
type 'a opt = Nothing | Just of 'a;;
Just 3;;
(Nothing : int opt);;
type abstract;;
