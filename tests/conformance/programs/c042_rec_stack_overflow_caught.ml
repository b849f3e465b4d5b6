(* status: 0 *)
(* Unbounded recursion raises Stack_overflow, which is caught. *)
let rec f n = 1 + f (n + 1)

let () =
  print_endline "before";
  (match f 0 with
   | v -> Printf.printf "impossible %d\n" v
   | exception Stack_overflow -> print_endline "caught Stack_overflow");
  print_endline "after";
  (* the program keeps working after the overflow *)
  let rec sum n = if n = 0 then 0 else n + sum (n - 1) in
  Printf.printf "sum 10000 = %d\n" (sum 10_000);
  let again = try ignore (f 0); false with Stack_overflow -> true in
  Printf.printf "second overflow caught: %b\n" again;
  let l = List.init 1000 (fun i -> i) in
  Printf.printf "list still fine: %d\n" (List.fold_left ( + ) 0 l);
  let rec g acc n = if n = 0 then acc else g (acc + 1) (n - 1) in
  Printf.printf "tail call loop: %d\n" (g 0 10_000_000)
