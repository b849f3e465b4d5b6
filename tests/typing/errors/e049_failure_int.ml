let check n = if n < 0 then raise (Failure n) else n
