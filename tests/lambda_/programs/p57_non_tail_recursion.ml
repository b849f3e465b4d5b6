let rec build n = if n = 0 then [] else n :: build (n - 1)
let rec sum = function [] -> 0 | x :: xs -> x + sum xs
let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)
let rec ackermann m n =
  if m = 0 then n + 1
  else if n = 0 then ackermann (m - 1) 1
  else ackermann (m - 1) (ackermann m (n - 1))
let () =
  print_int (sum (build 10000)); print_newline ();
  print_int (fib 18); print_newline ();
  print_int (ackermann 2 3); print_newline ()
