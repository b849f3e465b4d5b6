let f () = () let x = f 1 + 1
