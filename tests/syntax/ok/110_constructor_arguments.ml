(* Constructors carrying lists, functions, records, options and tuples. *)
type handler = { name : string; run : int -> int }

type action =
  | Many of int list
  | Apply of (int -> int)
  | Named of handler
  | Maybe of int option
  | Pair of (int * string)
  | Split of int * string
  | Nested of action list

let rec perform = function
  | Many l -> List.fold_left ( + ) 0 l
  | Apply f -> f 10
  | Named { name; run } -> String.length name + run 1
  | Maybe (Some n) -> n
  | Maybe None -> 0
  | Pair (n, s) | Split (n, s) -> n + String.length s
  | Nested l -> List.fold_left (fun acc a -> acc + perform a) 0 l

let () =
  let actions = [
    Many [1; 2; 3];
    Apply (fun x -> x * x);
    Named { name = "dbl"; run = (fun x -> x * 2) };
    Maybe (Some 4);
    Maybe None;
    Pair (1, "ab");
    Split (1, "abc");
    Nested [Many [1]; Apply succ];
  ] in
  List.iter (fun a -> Printf.printf "%d " (perform a)) actions;
  print_newline ()
