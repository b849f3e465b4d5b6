(* status: 0 *)
(* Exceptions raised inside handlers and inside finalisers. *)
exception A
exception B of int
exception Finally_raised of exn
let protect finally f =
  let fin () = try finally () with e -> raise (Finally_raised e) in
  match f () with v -> fin (); v | exception e -> fin (); raise e

let f x =
  try
    try if x = 0 then raise A else x
    with A -> raise (B 1)
  with B n -> n + 100

let g x =
  try (try raise A with A -> raise (B x)) with
  | B 0 -> "B 0"
  | B n when n > 0 -> "B positive"
  | B _ -> "B negative"

let () =
  Printf.printf "%d %d\n" (f 0) (f 5);
  List.iter (fun x -> print_endline (g x)) [0; 3; -3];
  let r =
    try protect (fun () -> raise Exit) (fun () -> 1)
    with Finally_raised Exit -> -1 | Exit -> -2 in
  Printf.printf "%d\n" r;
  let r2 = try protect (fun () -> ()) (fun () -> raise (B 7)) with B n -> n in
  Printf.printf "%d\n" r2;
  let count = ref 0 in
  let rec h n = try if n = 0 then raise A else h (n - 1) with A -> incr count; if n < 3 then raise A in
  (try h 10 with A -> ());
  Printf.printf "handler ran %d times\n" !count
