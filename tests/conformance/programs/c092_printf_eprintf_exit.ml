(* status: 3 *)
(* Error messages to stderr and a non-zero exit code. *)
let validate x =
  if x < 0 then begin
    Printf.eprintf "error: negative value %d\n" x;
    false
  end else begin
    Printf.printf "value %d ok\n" x;
    true
  end

let () =
  let inputs = [5; 10; -3; 7; -8] in
  let bad = List.length (List.filter (fun x -> not (validate x)) inputs) in
  Printf.printf "%d bad values\n" bad;
  if bad > 0 then begin
    Printf.eprintf "aborting with %d errors\n" bad;
    exit (1 + bad)
  end;
  print_endline "unreachable"
