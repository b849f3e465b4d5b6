exception Found of int
let rec search n target = if n = target then raise (Found n) else if n > 1000 then () else search (n + 1) target
let rec depth n = if n = 0 then raise Exit else 1 + depth (n - 1)
let () =
  (try search 0 500 with Found n -> print_int n); print_newline ();
  (try ignore (depth 5000) with Exit -> print_endline "exit from depth");
  let cleanup = ref [] in
  let protect f = try f () with e -> cleanup := "cleaned" :: !cleanup; raise e in
  (try protect (fun () -> failwith "x") with Failure _ -> ());
  List.iter print_endline !cleanup
