let () =
  let x = 5 in
  x * 2
