let f = function (true, _) -> 1 | (_, true) -> 2
