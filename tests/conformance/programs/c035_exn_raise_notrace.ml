(* status: 0 *)
(* raise_notrace and exceptions in a loop of 10^6 iterations. *)
exception Skip of int

let () =
  let acc = ref 0 in
  for i = 1 to 1_000_000 do
    try
      if i land 7 = 0 then raise_notrace (Skip i);
      acc := !acc + 1
    with Skip k -> acc := !acc - (k land 1)
  done;
  Printf.printf "acc=%d\n" !acc;
  let caught = ref 0 in
  for i = 1 to 100_000 do
    match (if i mod 2 = 0 then raise Not_found else i) with
    | _ -> ()
    | exception Not_found -> incr caught
  done;
  Printf.printf "caught=%d\n" !caught;
  let r = try raise_notrace Exit with Exit -> "exit" in
  print_endline r
