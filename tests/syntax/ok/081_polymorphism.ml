(* Polymorphic functions and data structures. *)
let id x = x
let const x _ = x
let pair x y = (x, y)
let rec last = function [x] -> Some x | _ :: t -> last t | [] -> None
let rec repeat n x = if n <= 0 then [] else x :: repeat (n - 1) x

type 'a stack = 'a list

let push (s : 'a stack) x : 'a stack = x :: s
let peek (s : 'a stack) = match s with [] -> None | x :: _ -> Some x

let show_opt f = function None -> "None" | Some v -> "Some " ^ f v

let () =
  Printf.printf "%d %s\n" (id 1) (id "one");
  Printf.printf "%d\n" (const 5 "ignored");
  let (a, b) = pair 'c' 2.5 in
  Printf.printf "%c %g\n" a b;
  print_endline (show_opt string_of_int (last [1; 2; 3]));
  print_endline (show_opt (fun s -> s) (last ([] : string list)));
  print_endline (String.concat "" (repeat 3 "ab"));
  let s = push (push [] "x") "y" in
  print_endline (show_opt (fun s -> s) (peek s))
