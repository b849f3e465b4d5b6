(* status: 0 *)
(* Memoization through a closure over a Hashtbl. *)
let memo f =
  let tbl = Hashtbl.create 16 in
  let rec g x =
    match Hashtbl.find_opt tbl x with
    | Some v -> v
    | None -> let v = f g x in Hashtbl.add tbl x v; v
  in
  g

let fib = memo (fun self n -> if n < 2 then n else self (n - 1) + self (n - 2))

let calls = ref 0
let collatz = memo (fun self n ->
  incr calls;
  if n = 1 then 0 else 1 + self (if n mod 2 = 0 then n / 2 else 3 * n + 1))

let () =
  List.iter (fun n -> Printf.printf "fib %d = %d\n" n (fib n)) [10; 50; 90];
  let best = ref (0, 0) in
  for i = 1 to 10000 do
    let c = collatz i in
    if c > snd !best then best := (i, c)
  done;
  Printf.printf "longest collatz below 10000: %d (%d steps), calls=%d\n"
    (fst !best) (snd !best) !calls
