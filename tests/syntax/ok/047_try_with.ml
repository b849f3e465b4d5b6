(* try/with: several handlers, guards, nested try, re-raise. *)
exception Retry of int

let divide a b = try Some (a / b) with Division_by_zero -> None

let parse s =
  try int_of_string s with
  | Failure _ when String.length s = 0 -> 0
  | Failure msg -> prerr_endline ("bad int"); -1

let rec attempt n f =
  try f n with
  | Retry k when k > 0 -> attempt (n + 1) f
  | Retry _ -> -1

let cleanup_example () =
  let log = ref [] in
  (try
     log := "start" :: !log;
     ignore (List.find (fun x -> x > 10) [1; 2; 3]);
     log := "found" :: !log
   with Not_found -> log := "not found" :: !log);
  String.concat "," (List.rev !log)

let nested () =
  try
    try raise Exit with Not_found -> "inner"
  with Exit -> "outer"

let reraise () =
  try (try failwith "boom" with Failure m -> raise (Failure (m ^ "!"))) with
  | Failure m -> m

let () =
  (match divide 10 0 with None -> print_endline "div by zero" | Some n -> print_int n);
  Printf.printf "%d %d %d\n" (parse "12") (parse "") (parse "x1");
  Printf.printf "%d\n" (attempt 0 (fun n -> if n < 3 then raise (Retry 1) else n * 10));
  print_endline (cleanup_example ());
  print_endline (nested ());
  print_endline (reraise ())
