(* status: 0 *)
(* Mutually recursive functions and closures referencing each other. *)
let rec even n = if n = 0 then true else odd (n - 1)
and odd n = if n = 0 then false else even (n - 1)

let make_pingpong () =
  let log = Buffer.create 16 in
  let rec ping n = if n > 0 then (Buffer.add_string log "ping "; pong (n - 1))
  and pong n = if n > 0 then (Buffer.add_string log "pong "; ping (n - 1)) in
  (ping, fun () -> Buffer.contents log)

let () =
  Printf.printf "%b %b %b\n" (even 10) (odd 7) (even 1_000_001);
  let (ping, get) = make_pingpong () in
  ping 5;
  print_endline (get ());
  let rec count_down n acc = if n = 0 then acc else count_up (n - 1) (acc + 1)
  and count_up n acc = if n = 0 then acc else count_down (n - 1) (acc + 2) in
  Printf.printf "%d\n" (count_down 10_000_000 0);
  let rec a x = if x <= 0 then [] else x :: b (x - 1)
  and b x = if x <= 0 then [] else (x * 100) :: a (x - 2) in
  List.iter (Printf.printf "%d ") (a 9);
  print_newline ()
