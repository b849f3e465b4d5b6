(* status: 0 *)
(* An exception raised 10000 frames deep and caught at the top. *)
exception Found of int

let rec search depth target =
  if depth = target then raise (Found depth)
  else 1 + search (depth + 1) target

let rec nested_handlers n =
  if n = 0 then raise Not_found
  else try nested_handlers (n - 1) with Exit -> -1

let () =
  (match search 0 10_000 with
   | v -> Printf.printf "returned %d\n" v
   | exception Found d -> Printf.printf "found at depth %d\n" d);
  (try ignore (nested_handlers 5000) with Not_found -> print_endline "Not_found crossed 5000 handlers");
  let total = ref 0 in
  for i = 1 to 1000 do
    try if i mod 3 = 0 then raise (Found i) else total := !total + i
    with Found k -> total := !total - k
  done;
  Printf.printf "total=%d\n" !total
