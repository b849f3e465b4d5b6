(* status: 0 *)
(* Guards are evaluated in order and may have side effects. *)
let checks = ref 0
let big x = incr checks; x > 100

let classify x = match x with
  | n when big n -> "big"
  | n when n < 0 -> "negative"
  | 0 -> "zero"
  | n when n mod 2 = 0 -> "even"
  | _ -> "odd"

let fizz n = match n mod 3, n mod 5 with
  | 0, 0 -> "FizzBuzz"
  | 0, _ -> "Fizz"
  | _, 0 -> "Buzz"
  | _ -> string_of_int n

let () =
  List.iter (fun x -> Printf.printf "%d:%s " x (classify x)) [500; -3; 0; 8; 7];
  Printf.printf "\nguard calls %d\n" !checks;
  print_endline (String.concat " " (List.init 20 (fun i -> fizz (i + 1))));
  let rec gcd a b = match a, b with
    | a, 0 -> a
    | a, b when a < b -> gcd b a
    | a, b -> gcd b (a mod b) in
  Printf.printf "%d %d %d\n" (gcd 48 18) (gcd 17 5) (gcd 0 9)
