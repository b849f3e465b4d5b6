let check x =
  if x > 10 then 1;
  print_endline "checked"
