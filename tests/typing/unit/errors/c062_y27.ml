let x = List.assoc "k" [("k", 1); (2, 3)]
