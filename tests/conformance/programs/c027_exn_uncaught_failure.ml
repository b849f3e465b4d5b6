(* status: 2 *)
(* An uncaught Failure: stdout flushed, status 2, message on stderr. *)
let steps = ref []

let rec process n =
  if n = 0 then failwith "process reached zero"
  else begin
    Printf.printf "processing %d\n" n;
    steps := n :: !steps;
    process (n - 1)
  end

let () =
  print_endline "start";
  (try process 2 with Failure m -> Printf.printf "caught once: %s\n" m);
  Printf.printf "steps so far: %d\n" (List.length !steps);
  process 3;
  print_endline "never printed"
