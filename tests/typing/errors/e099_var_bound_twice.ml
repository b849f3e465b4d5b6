let same_pair = function (x, x) -> true
