let x = [1; 2; 3] |> List.map string_of_int |> List.fold_left ( + ) 0
