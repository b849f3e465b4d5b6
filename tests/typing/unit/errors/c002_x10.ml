let x = if true then 1 else "a"
