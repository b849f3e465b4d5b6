let () =
  let title = "Report" in
  print_int title
