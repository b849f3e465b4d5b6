(* Recursive and mutually recursive functions. *)
let rec fact n = if n <= 1 then 1 else n * fact (n - 1)

let rec even n = n = 0 || odd (n - 1)
and odd n = n <> 0 && even (n - 1)

let rec fib = function
  | 0 -> 0
  | 1 -> 1
  | n -> fib (n - 1) + fib (n - 2)

let sum_to n =
  let rec go acc i = if i > n then acc else go (acc + i) (i + 1) in
  go 0 1

let count_down n =
  let rec loop i acc =
    if i < 0 then List.rev acc else loop (i - 1) (i :: acc)
  and _unused () = () in
  loop n []

let () =
  Printf.printf "%d %d\n" (fact 10) (fib 15);
  Printf.printf "%b %b\n" (even 10) (odd 7);
  Printf.printf "%d\n" (sum_to 100);
  List.iter (Printf.printf "%d ") (count_down 5);
  print_newline ()
