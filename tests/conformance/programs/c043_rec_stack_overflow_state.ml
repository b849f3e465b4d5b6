(* status: 0 *)
(* Stack_overflow caught with a handler that inspects mutable state. *)
let depth = ref 0
let rec dive () = incr depth; 1 + dive ()

let rec build_list n = if n = 0 then [] else n :: build_list (n - 1)

let () =
  let reached = try ignore (dive ()); false with Stack_overflow -> true in
  Printf.printf "overflow reached: %b, depth > 10000: %b\n" reached (!depth > 10_000);
  depth := 0;
  let r = try Some (List.length (build_list 50_000)) with Stack_overflow -> None in
  (match r with Some n -> Printf.printf "built %d\n" n | None -> print_endline "overflow");
  let protected f = try f () with Stack_overflow -> -1 in
  Printf.printf "%d\n" (protected (fun () -> 1 + dive ()));
  Printf.printf "%d\n" (protected (fun () -> 7));
  let rec mutual_a n = 1 + mutual_b (n + 1)
  and mutual_b n = 2 + mutual_a (n + 1) in
  Printf.printf "mutual: %s\n" (try string_of_int (mutual_a 0) with Stack_overflow -> "overflow");
  print_endline "done"
