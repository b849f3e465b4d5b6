(* Lazy sequences built with Seq *)
let rec from n : int Seq.t = fun () -> Seq.Cons (n, from (n + 1))

let rec take n (s : 'a Seq.t) : 'a Seq.t = fun () ->
  if n = 0 then Seq.Nil
  else match s () with
    | Seq.Nil -> Seq.Nil
    | Seq.Cons (x, rest) -> Seq.Cons (x, take (n - 1) rest)

let squares = Seq.map (fun x -> x * x) (from 1)
let odd_squares = Seq.filter (fun x -> x mod 2 = 1) squares
let to_list s = List.rev (Seq.fold_left (fun acc x -> x :: acc) [] s)
let primes_below n =
  let is_prime k = k > 1 && Seq.fold_left (fun ok d -> ok && k mod d <> 0) true (take (k - 2) (from 2)) in
  Seq.filter is_prime (take n (from 0))

let () =
  List.iter (Printf.printf "%d ") (to_list (take 5 odd_squares));
  print_newline ();
  List.iter (Printf.printf "%d ") (to_list (primes_below 20));
  print_newline ();
  Seq.iter (Printf.printf "[%d]") (List.to_seq [1; 2]);
  print_newline ()
