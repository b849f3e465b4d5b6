(* fun, function, multiple arguments, partial application. *)
let add = fun x y -> x + y
let add3 x y z = x + y + z
let inc = add 1
let twice f x = f (f x)
let compose f g = fun x -> f (g x)

let classify = function
  | 0 -> "zero"
  | n when n < 0 -> "negative"
  | _ -> "positive"

let apply_pair = fun (a, b) -> a * b
let unit_fun = fun () -> 42
let ignore_arg = fun _ -> "ignored"

let curried = fun a -> fun b -> fun c -> a - b - c

let () =
  Printf.printf "%d %d %d\n" (add 2 3) (add3 1 2 3) (inc 9);
  Printf.printf "%d\n" (twice inc 0);
  Printf.printf "%d\n" ((compose inc inc) 5);
  List.iter (fun n -> print_endline (classify n)) [0; -3; 8];
  Printf.printf "%d %d %s\n" (apply_pair (6, 7)) (unit_fun ()) (ignore_arg 1);
  Printf.printf "%d\n" (curried 10 3 2)
