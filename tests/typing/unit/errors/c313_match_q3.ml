let f = function [||] -> 0 | [|_|] -> 1
