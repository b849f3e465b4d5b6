let words = ["b"; "c"]
let more = 1 :: words
