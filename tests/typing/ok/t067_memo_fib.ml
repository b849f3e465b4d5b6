(* Memoisation and dynamic programming *)
let fib_memo =
  let table = Hashtbl.create 64 in
  let rec fib n =
    if n < 2 then n
    else match Hashtbl.find_opt table n with
      | Some v -> v
      | None -> let v = fib (n - 1) + fib (n - 2) in Hashtbl.add table n v; v
  in
  fib

let lcs a b =
  let n = String.length a and m = String.length b in
  let dp = Array.make_matrix (n + 1) (m + 1) 0 in
  for i = 1 to n do
    for j = 1 to m do
      dp.(i).(j) <-
        if a.[i - 1] = b.[j - 1] then dp.(i - 1).(j - 1) + 1
        else max dp.(i - 1).(j) dp.(i).(j - 1)
    done
  done;
  dp.(n).(m)

let coin_change coins amount =
  let best = Array.make (amount + 1) max_int in
  best.(0) <- 0;
  for a = 1 to amount do
    List.iter (fun c -> if c <= a && best.(a - c) <> max_int then best.(a) <- min best.(a) (best.(a - c) + 1)) coins
  done;
  if best.(amount) = max_int then None else Some best.(amount)

let () =
  Printf.printf "%d %d\n" (fib_memo 50) (lcs "ABCBDAB" "BDCABA");
  match coin_change [1; 5; 10; 25] 63 with Some n -> Printf.printf "%d\n" n | None -> ()
