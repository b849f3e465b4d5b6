type t = A | B let f = function A -> 1 | C -> 2
