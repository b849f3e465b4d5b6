(* status: 7 *)
(* exit flushes stdout even for large pending output. *)
let () =
  let b = Buffer.create 1024 in
  for i = 1 to 2000 do
    Buffer.add_string b (Printf.sprintf "line %04d %s\n" i (String.make (i mod 30) '#'))
  done;
  print_string (Buffer.contents b);
  Printf.printf "total bytes %d\n" (Buffer.length b);
  let n = Buffer.length b mod 7 in
  print_string "tail without newline";
  exit (n + 7 - n);
  print_endline "never";
  ignore n;
  ();
  ()
