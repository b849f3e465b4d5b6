(* status: 0 *)
(* Cleanup ordering with a hand-written protect and re-raise. *)
let trace = Buffer.create 64
let log s = Buffer.add_string trace s; Buffer.add_char trace ' '
let protect finally f = match f () with v -> finally (); v | exception e -> finally (); raise e

let with_resource name f =
  log ("open:" ^ name);
  protect (fun () -> log ("close:" ^ name)) f

let () =
  (try
     with_resource "a" (fun () ->
       with_resource "b" (fun () ->
         log "work";
         failwith "oops"))
   with Failure m -> log ("caught:" ^ m));
  print_endline (Buffer.contents trace);
  Buffer.clear trace;
  let v = with_resource "c" (fun () -> log "compute"; 42) in
  Printf.printf "%s=> %d\n" (Buffer.contents trace) v;
  Buffer.clear trace;
  let rec loop n = if n = 0 then raise Exit else with_resource (string_of_int n) (fun () -> loop (n - 1)) in
  (try loop 4 with Exit -> log "exit");
  print_endline (Buffer.contents trace)
