(* status: 255 *)
(* exit 255: the largest portable exit code. *)
let () =
  at_exit (fun () -> print_endline "bye from at_exit");
  let b = Buffer.create 16 in
  for i = 1 to 5 do Buffer.add_string b (string_of_int i) done;
  print_endline (Buffer.contents b);
  let code = int_of_string (Buffer.contents b) mod 256 in
  Printf.printf "12345 mod 256 = %d\n" code;
  if code = 57 then exit 255;
  print_endline "never";
  exit 0;
  ignore code;
  ignore b;
  ()
