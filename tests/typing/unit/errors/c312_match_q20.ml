let f = function [] -> 0 | _ :: _ -> 1 | [x] -> x
