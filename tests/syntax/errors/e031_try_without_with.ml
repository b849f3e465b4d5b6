let safe_div a b =
  try a / b

let x = 1
