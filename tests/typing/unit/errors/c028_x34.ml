let l = List.lenght [1]
