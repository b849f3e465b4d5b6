(* status: 0 *)
(* Generators built from closures; infinite streams via thunks. *)
let gen_from n = let c = ref (n - 1) in fun () -> incr c; !c
let take n g = List.init n (fun _ -> g ())
let map_gen f g = fun () -> f (g ())
let filter_gen p g = let rec next () = let x = g () in if p x then x else next () in next

type 'a stream = Cons of 'a * (unit -> 'a stream)
let rec nats n = Cons (n, fun () -> nats (n + 1))
let rec stake n (Cons (x, t)) = if n = 0 then [] else x :: stake (n - 1) (t ())
let rec sfilter p (Cons (x, t)) =
  if p x then Cons (x, fun () -> sfilter p (t ())) else sfilter p (t ())
let rec sieve (Cons (p, t)) = Cons (p, fun () -> sieve (sfilter (fun x -> x mod p <> 0) (t ())))

let show l = String.concat " " (List.map string_of_int l)
let () =
  print_endline (show (take 5 (gen_from 10)));
  print_endline (show (take 5 (map_gen (fun x -> x * x) (gen_from 1))));
  print_endline (show (take 5 (filter_gen (fun x -> x mod 7 = 3) (gen_from 0))));
  print_endline (show (stake 20 (sieve (nats 2))))
