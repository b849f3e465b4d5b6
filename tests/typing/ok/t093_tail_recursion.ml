(* Tail-recursive functions with accumulators *)
let sum_to n =
  let rec go acc i = if i > n then acc else go (acc + i) (i + 1) in
  go 0 1

let rev l =
  let rec go acc = function [] -> acc | x :: xs -> go (x :: acc) xs in
  go [] l

let count_if p l =
  let rec go n = function [] -> n | x :: xs -> go (if p x then n + 1 else n) xs in
  go 0 l

let rec gcd a b = if b = 0 then a else gcd b (a mod b)

let digits n =
  let rec go acc n = if n < 10 then n :: acc else go (n mod 10 :: acc) (n / 10) in
  go [] n

let rec power b e = if e = 0 then 1 else if e mod 2 = 0 then power (b * b) (e / 2) else b * power b (e - 1)

let () =
  Printf.printf "%d %d %d %d %d\n" (sum_to 1000000) (List.hd (rev [1; 2; 3])) (count_if (fun x -> x > 1) [1; 2; 3]) (gcd 48 18) (power 2 20);
  List.iter print_int (digits 9075);
  print_newline ()
