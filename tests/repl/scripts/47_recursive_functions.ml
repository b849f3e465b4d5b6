let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2);;
fib 25;;
let rec sum acc n = if n = 0 then acc else sum (acc + n) (n - 1);;
sum 0 1000000;;
List.rev (List.init 100000 (fun i -> i)) |> List.length;;
