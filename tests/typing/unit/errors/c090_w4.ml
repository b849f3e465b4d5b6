let x = Stdlib.List.map succ [1] @ 1
