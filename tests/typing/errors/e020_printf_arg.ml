let report name score =
  Printf.printf "%s scored %d points\n" name score;
  Printf.printf "%d\n" name
