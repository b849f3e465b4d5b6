let words = ["a"; "b"; "c"]
let n = List.lenght words
