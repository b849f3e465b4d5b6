let _ = if 1 = 1 then () else 2
