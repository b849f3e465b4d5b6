let () =
  let data = [1; 2; 3] in
  print_int (compute_total data)
