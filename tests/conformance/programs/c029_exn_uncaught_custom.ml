(* status: 2 *)
(* An uncaught exception with arguments. *)
exception Bad_config of string * int

let check (key, v) =
  if v < 0 then raise (Bad_config (key, v));
  Printf.printf "%s ok (%d)\n" key v

let settings = ["width", 10; "height", 20; "depth", -5; "never", 1]

let () =
  (try check ("probe", -1)
   with Bad_config (k, v) -> Printf.printf "probe rejected: %s=%d\n" k v);
  let valid = List.filter (fun (_, v) -> v >= 0) settings in
  Printf.printf "%d valid settings\n" (List.length valid);
  List.iter check settings;
  print_endline "unreachable"
