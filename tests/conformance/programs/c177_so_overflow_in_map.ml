(* status: 0 *)
(* Stack_overflow from runaway recursion inside a higher-order function, caught. *)
let rec runaway f x = f (runaway f (x + 1))

let try_it name g =
  match g () with
  | v -> Printf.printf "%s: value %d\n" name v
  | exception Stack_overflow -> Printf.printf "%s: Stack_overflow\n" name

let () =
  try_it "runaway" (fun () -> runaway succ 0);
  try_it "bounded" (fun () -> let rec d n = if n = 0 then 0 else 1 + d (n - 1) in d 50_000);
  let rec bad_len = function [] -> 0 | l -> 1 + bad_len l in
  try_it "bad_len" (fun () -> bad_len [1]);
  let cycle = let rec c = 1 :: c in c in
  try_it "fold_right on cyclic list" (fun () -> List.fold_right ( + ) cycle 0);
  try_it "after all that" (fun () -> List.length (List.init 10 Fun.id));
  let counter = ref 0 in
  let rec count_and_recurse () = incr counter; 1 + count_and_recurse () in
  (try ignore (count_and_recurse ()) with Stack_overflow -> ());
  Printf.printf "counter positive: %b\n" (!counter > 0)
