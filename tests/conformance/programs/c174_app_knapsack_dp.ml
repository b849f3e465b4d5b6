(* status: 0 *)
(* Dynamic programming: 0/1 knapsack, edit distance, longest increasing subsequence. *)
let knapsack items cap =
  let dp = Array.make (cap + 1) 0 in
  List.iter (fun (w, v) -> for c = cap downto w do dp.(c) <- max dp.(c) (dp.(c - w) + v) done) items;
  dp.(cap)

let edit a b =
  let n = String.length a and m = String.length b in
  let d = Array.make_matrix (n + 1) (m + 1) 0 in
  for i = 0 to n do d.(i).(0) <- i done;
  for j = 0 to m do d.(0).(j) <- j done;
  for i = 1 to n do for j = 1 to m do
    d.(i).(j) <- min (min (d.(i - 1).(j) + 1) (d.(i).(j - 1) + 1)) (d.(i - 1).(j - 1) + if a.[i - 1] = b.[j - 1] then 0 else 1)
  done done;
  d.(n).(m)

let lis a =
  let n = Array.length a in
  let best = Array.make n 1 in
  for i = 1 to n - 1 do for j = 0 to i - 1 do if a.(j) < a.(i) then best.(i) <- max best.(i) (best.(j) + 1) done done;
  Array.fold_left max 0 best

let () =
  Printf.printf "knapsack %d\n" (knapsack [(12, 4); (2, 2); (1, 1); (1, 2); (4, 10)] 15);
  Printf.printf "knapsack big %d\n" (knapsack (List.init 100 (fun i -> (1 + i * 7 mod 23, 1 + i * 13 mod 37))) 1000);
  List.iter (fun (a, b) -> Printf.printf "edit %s %s = %d\n" a b (edit a b)) ["kitten", "sitting"; "", "abc"; "flaw", "lawn"; "same", "same"];
  Printf.printf "lis %d\n" (lis (Array.init 2000 (fun i -> (i * 7919) mod 1009)))
