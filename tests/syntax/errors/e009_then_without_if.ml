let check n =
  n > 0 then "positive" else "not positive"
