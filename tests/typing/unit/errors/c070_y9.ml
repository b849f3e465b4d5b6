let rec map f = function [] -> [] | x :: xs -> f x :: map xs
