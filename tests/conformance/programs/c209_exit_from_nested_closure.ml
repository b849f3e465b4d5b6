(* status: 6 *)
(* exit called from a closure passed through several higher-order functions. *)
let () = at_exit (fun () -> print_endline "at_exit: flushing final state")

let process items on_error =
  List.iter (fun (name, v) ->
    if v < 0 then on_error name v
    else Printf.printf "%s -> %d\n" name (v * 2)) items

let () =
  let errors = ref 0 in
  let handler name v =
    incr errors;
    Printf.printf "error in %s (%d)\n" name v;
    if !errors >= 2 then (Printf.printf "too many errors, exit %d\n" (!errors * 3); exit (!errors * 3))
  in
  process ["a", 1; "b", -2; "c", 3] handler;
  print_endline "first batch done";
  process ["d", 4; "e", -5; "f", 6] handler;
  print_endline "never"
