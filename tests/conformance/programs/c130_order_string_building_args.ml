(* status: 0 *)
(* Reading from a mutable source in several arguments of one call. *)
let src = ref ["one"; "two"; "three"; "four"; "five"; "six"; "seven"]
let read () = match !src with [] -> "eof" | x :: r -> src := r; x

let join3 a b c = String.concat "|" [a; b; c]

let () =
  print_endline (join3 (read ()) (read ()) (read ()));
  let p = (read (), read ()) in
  Printf.printf "(%s, %s)\n" (fst p) (snd p);
  let r = { contents = read () } in
  print_endline r.contents;
  print_endline (read () ^ "+" ^ read ());
  print_endline (read ());
  let q = Queue.create () in
  List.iter (fun x -> Queue.add x q) [1; 2; 3; 4];
  let a = Queue.pop q - Queue.pop q in
  let b = [Queue.pop q; Queue.pop q] in
  Printf.printf "%d [%d; %d]\n" a (List.nth b 0) (List.nth b 1)
