let l = List.nth [1;2] "0"
