let wrap x = if x > 0 then Some else None
