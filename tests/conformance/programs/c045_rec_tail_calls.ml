(* status: 0 *)
(* Tail-recursive loops of 10^7 iterations, mutual tail recursion. *)
let rec loop i acc = if i = 0 then acc else loop (i - 1) (acc + (i land 3))
let rec is_even n = n = 0 || is_odd (n - 1)
and is_odd n = n <> 0 && is_even (n - 1)
let rec count_tail l acc = match l with [] -> acc | _ :: r -> count_tail r (acc + 1)

let apply f x = f x
let rec via_apply n = if n = 0 then "done" else apply via_apply (n - 1)

let () =
  Printf.printf "%d\n" (loop 10_000_000 0);
  Printf.printf "%b %b\n" (is_even 3_000_000) (is_odd 3_000_001);
  let l = List.init 1_000_000 (fun i -> i) in
  Printf.printf "%d\n" (count_tail l 0);
  print_endline (via_apply 1_000_000);
  let rec with_match n = match n with 0 -> 0 | _ when n mod 2 = 0 -> with_match (n - 1) | _ -> with_match (n - 1) in
  Printf.printf "%d\n" (with_match 5_000_000);
  let rec in_try n = if n = 0 then 0 else begin (if n mod 1000 = 0 then (try ignore n with _ -> ())); in_try (n - 1) end in
  Printf.printf "%d\n" (in_try 5_000_000)
