(* status: 0 *)
(* Fixed-point combinators and open recursion. *)
let rec fix f x = f (fix f) x

let fact_open self n = if n <= 1 then 1 else n * self (n - 1)
let logging name f self n =
  Printf.printf "%s(%d) " name n;
  f self n

let () =
  Printf.printf "%d\n" (fix fact_open 10);
  let r = fix (logging "fact" fact_open) 5 in
  Printf.printf "\n= %d\n" r;
  let fib_open self n = if n < 2 then n else self (n - 1) + self (n - 2) in
  Printf.printf "fib 20 = %d\n" (fix fib_open 20);
  let count = ref 0 in
  let counting f self n = incr count; f self n in
  ignore (fix (counting fib_open) 15);
  Printf.printf "calls for fib 15 = %d\n" !count;
  let ack = fix (fun self (m, n) ->
    if m = 0 then n + 1 else if n = 0 then self (m - 1, 1) else self (m - 1, self (m, n - 1))) in
  Printf.printf "ack 2 3 = %d\n" (ack (2, 3))
