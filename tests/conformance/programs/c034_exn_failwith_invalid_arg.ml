(* status: 0 *)
(* failwith, invalid_arg, and catching by payload patterns. *)
let checked_sqrt x = if x < 0 then invalid_arg "checked_sqrt: negative" else int_of_float (sqrt (float x))
let head = function [] -> failwith "head: empty" | x :: _ -> x

let run name f =
  match f () with
  | v -> Printf.printf "%s = %d\n" name v
  | exception Invalid_argument m -> Printf.printf "%s: Invalid_argument %S\n" name m
  | exception Failure "head: empty" -> Printf.printf "%s: empty list\n" name
  | exception Failure m -> Printf.printf "%s: Failure %S\n" name m

let () =
  run "sqrt 50" (fun () -> checked_sqrt 50);
  run "sqrt -1" (fun () -> checked_sqrt (-1));
  run "head []" (fun () -> head []);
  run "head [4]" (fun () -> head [4]);
  run "int_of_string" (fun () -> int_of_string "0x");
  run "nth" (fun () -> List.nth [] 0);
  run "init" (fun () -> List.length (List.init (-1) Fun.id));
  run "blit" (fun () -> Bytes.blit_string "abc" 0 (Bytes.create 2) 0 3; 0)
