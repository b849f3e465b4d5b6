(* status: 4 *)
(* Interleaved stdout/stderr output followed by exit 4. *)
let report level msg =
  if level >= 2 then Printf.eprintf "[E%d] %s\n" level msg
  else Printf.printf "[I%d] %s\n" level msg

let () =
  List.iter (fun (l, m) -> report l m)
    [0, "starting"; 1, "loading config"; 2, "config missing key"; 1, "using defaults";
     3, "disk nearly full"; 0, "processing"];
  let errors = 2 in
  Printf.printf "finished with %d errors\n" errors;
  prerr_endline "exiting with status 4";
  exit (errors * 2);
  print_endline "never";
  ();
  ()
