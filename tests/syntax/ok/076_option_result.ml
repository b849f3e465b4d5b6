(* Working with option and result values. *)
let safe_div a b = if b = 0 then None else Some (a / b)

let parse_int s =
  match int_of_string_opt s with
  | Some n -> Ok n
  | None -> Error ("not a number: " ^ s)

let ( >>= ) r f = match r with Ok v -> f v | Error _ as e -> e

let compute a b =
  parse_int a >>= fun x ->
  parse_int b >>= fun y ->
  match safe_div x y with
  | Some q -> Ok q
  | None -> Error "division by zero"

let show = function Ok n -> "ok " ^ string_of_int n | Error e -> "error: " ^ e

let () =
  print_endline (show (compute "10" "2"));
  print_endline (show (compute "10" "0"));
  print_endline (show (compute "x" "2"));
  Printf.printf "%d\n" (Option.get (Some 1) + List.length (Option.to_list (safe_div 1 1)))
