let f x =
  if x > 0 then 1; else 0
