(* recursive functions: OCaml's #trace instruments the closure, so the
   recursive calls inside a let rec are traced too *)
let rec fact n = if n = 0 then 1 else n * fact (n - 1);;
#trace fact;;
fact 4;;
let rec sum acc n = if n = 0 then acc else sum (acc + n) (n - 1);;
#trace sum;;
sum 0 2;;
let rec even n = n = 0 || odd (n - 1) and odd n = n <> 0 && even (n - 1);;
#trace odd;;
even 4;;
#trace even;;
odd 3;;
#untrace_all;;
module M = struct
  let rec loop n = if n = 0 then 0 else loop (n - 1)
  let z = 3
  module N = struct let rec down n = if n <= 0 then [] else n :: down (n - 2) end
end;;
#trace M.loop;;
M.loop 2;;
#trace M.N.down;;
M.N.down 5;;
let f = let rec go n = if n = 0 then 0 else go (n - 1) in go;;
#trace f;;
f 2;;
let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2);;
fib 20;;
#trace fib;;
fib 3;;
#untrace fib;;
fib 20;;
let rec loop n acc = if n = 0 then acc else loop (n - 1) (acc + 1);;
loop 1000000 0;;
let twice f x = f (f x);;
let inc x = x + 1;;
#trace inc;;
twice inc 1;;
List.map inc [1; 2];;
let inc_alias = inc;;
inc_alias 5;;
let before = fact;;
#untrace fact;;
before 1;;
