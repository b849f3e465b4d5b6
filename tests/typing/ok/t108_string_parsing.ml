(* Parsing key=value configuration text *)
type value = Int of int | Bool of bool | Str of string

let parse_value s =
  match int_of_string_opt s with
  | Some n -> Int n
  | None -> (match s with "true" -> Bool true | "false" -> Bool false | _ -> Str s)

let parse_line line =
  match String.index_opt line '=' with
  | None -> None
  | Some i ->
    let k = String.trim (String.sub line 0 i) in
    let v = String.trim (String.sub line (i + 1) (String.length line - i - 1)) in
    Some (k, parse_value v)

let parse text =
  String.split_on_char '\n' text
  |> List.filter (fun l -> String.length l > 0 && l.[0] <> '#')
  |> List.filter_map parse_line

let show = function Int n -> string_of_int n | Bool b -> string_of_bool b | Str s -> Printf.sprintf "%S" s

let () =
  List.iter (fun (k, v) -> Printf.printf "%s -> %s\n" k (show v))
    (parse "# comment\nport = 8080\ndebug=true\nname = robur\nbad line")
