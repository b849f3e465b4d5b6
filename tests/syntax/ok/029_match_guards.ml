(* Guards with when, including guards over several variables. *)
let fizzbuzz n =
  match n mod 3, n mod 5 with
  | 0, 0 -> "FizzBuzz"
  | 0, _ -> "Fizz"
  | _, 0 -> "Buzz"
  | _ -> string_of_int n

let category age =
  match age with
  | a when a < 0 -> "invalid"
  | a when a < 13 -> "child"
  | a when a < 20 && a >= 13 -> "teen"
  | _ -> "adult"

let rec dedup = function
  | x :: (y :: _ as rest) when x = y -> dedup rest
  | x :: rest -> x :: dedup rest
  | [] -> []

let () =
  for i = 1 to 15 do print_string (fizzbuzz i ^ " ") done;
  print_newline ();
  List.iter (fun a -> print_endline (category a)) [-1; 5; 15; 40];
  List.iter (Printf.printf "%d ") (dedup [1; 1; 2; 3; 3; 3; 1]);
  print_newline ()
