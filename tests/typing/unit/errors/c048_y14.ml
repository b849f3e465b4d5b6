exception E of int
let f () = raise (E "a")
