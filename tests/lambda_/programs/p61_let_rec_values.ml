let rec ones = 1 :: ones
let rec take n l = match n, l with 0, _ | _, [] -> [] | n, x :: xs -> x :: take (n - 1) xs
type node = { v : int; next : node }
let rec cyc = { v = 1; next = { v = 2; next = cyc } }
let () =
  List.iter print_int (take 5 ones); print_newline ();
  print_int cyc.next.next.next.v; print_newline ();
  let rec f = fun n -> if n = 0 then 0 else g (n - 1)
  and g n = 1 + f n in
  print_int (f 10); print_newline ()
