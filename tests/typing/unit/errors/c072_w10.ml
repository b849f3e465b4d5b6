let f : int -> int -> int = fun x -> x
