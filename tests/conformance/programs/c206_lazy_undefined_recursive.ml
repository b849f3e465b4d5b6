(* status: 0 *)
(* Lazy edge cases: recursive forcing raises Lazy.Undefined; lazy streams. *)
let rec self_ref = lazy (Lazy.force self_ref + 1)

type 'a llist = Nil | Cons of 'a * 'a llist Lazy.t

let rec from n = Cons (n, lazy (from (n + 1)))
let rec ltake n l = match n, l with
  | 0, _ | _, Nil -> []
  | n, Cons (x, t) -> x :: ltake (n - 1) (Lazy.force t)
let rec lmap f = function Nil -> Nil | Cons (x, t) -> Cons (f x, lazy (lmap f (Lazy.force t)))
let rec lfilter p = function
  | Nil -> Nil
  | Cons (x, t) -> if p x then Cons (x, lazy (lfilter p (Lazy.force t))) else lfilter p (Lazy.force t)

let () =
  (match Lazy.force self_ref with
   | v -> Printf.printf "value %d\n" v
   | exception Lazy.Undefined -> print_endline "Lazy.Undefined");
  let evaluated = ref 0 in
  let squares = lmap (fun x -> incr evaluated; x * x) (from 1) in
  let odd_squares = lfilter (fun x -> x mod 2 = 1) squares in
  Printf.printf "%s\n" (String.concat " " (List.map string_of_int (ltake 8 odd_squares)));
  Printf.printf "evaluated %d squares\n" !evaluated;
  ignore (ltake 8 odd_squares);
  Printf.printf "evaluated %d squares after second walk\n" !evaluated;
  let l = lazy (print_endline "forced once"; [1; 2; 3]) in
  Printf.printf "%d %d\n" (List.length (Lazy.force l)) (List.hd (Lazy.force l));
  let m = Lazy.map (fun l -> List.rev l) l in
  Printf.printf "%d\n" (List.hd (Lazy.force m))
