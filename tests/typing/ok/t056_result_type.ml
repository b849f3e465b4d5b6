(* The result type and error handling *)
type error = Parse_error of string | Range_error of int

let parse s = match int_of_string_opt s with Some n -> Ok n | None -> Error (Parse_error s)
let check_range n = if n >= 0 && n < 100 then Ok n else Error (Range_error n)

let ( >>= ) r f = match r with Ok x -> f x | Error e -> Error e

let parse_checked s =
  parse s >>= fun n ->
  check_range n >>= fun m ->
  Ok (m * 2)

let string_of_error = function
  | Parse_error s -> "cannot parse " ^ s
  | Range_error n -> Printf.sprintf "%d out of range" n

let all l = List.fold_right (fun r acc -> match (r, acc) with
  | (Ok x, Ok xs) -> Ok (x :: xs)
  | (Error e, _) | (_, Error e) -> Error e) l (Ok [])

let () =
  List.iter
    (fun s -> match parse_checked s with
      | Ok n -> Printf.printf "%d\n" n
      | Error e -> print_endline (string_of_error e))
    ["21"; "abc"; "500"];
  match all [Ok 1; Ok 2] with Ok l -> print_int (List.length l) | Error _ -> ()
