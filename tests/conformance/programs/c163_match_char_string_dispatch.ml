(* status: 0 *)
(* A command interpreter dispatching on string and char patterns. *)
let stack = ref []
let push x = stack := x :: !stack
let pop () = match !stack with x :: r -> stack := r; x | [] -> failwith "stack underflow"

let exec word =
  match word with
  | "+" -> let b = pop () in let a = pop () in push (a + b)
  | "-" -> let b = pop () in let a = pop () in push (a - b)
  | "*" -> let b = pop () in let a = pop () in push (a * b)
  | "dup" -> let a = pop () in push a; push a
  | "swap" -> let b = pop () in let a = pop () in push b; push a
  | "drop" -> ignore (pop ())
  | "." -> Printf.printf "%d " (pop ())
  | w when String.length w > 0 && (match w.[0] with '0' .. '9' | '-' -> true | _ -> false) -> push (int_of_string w)
  | w -> Printf.printf "[unknown %s] " w

let run prog =
  stack := [];
  (try List.iter exec (String.split_on_char ' ' prog) with Failure m -> Printf.printf "[%s]" m);
  print_newline ()

let () =
  run "2 3 + 4 * .";
  run "5 dup * . 1 2 swap - .";
  run "10 -3 - . foo 7 drop";
  run "1 + .";
  run "6 7 * dup . 2 * ."
