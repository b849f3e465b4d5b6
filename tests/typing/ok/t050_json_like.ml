(* A JSON-like value type with a printer *)
type json =
  | Null
  | Bool of bool
  | Number of float
  | String of string
  | Array of json list
  | Object of (string * json) list

let rec to_string = function
  | Null -> "null"
  | Bool b -> string_of_bool b
  | Number n -> Printf.sprintf "%g" n
  | String s -> Printf.sprintf "%S" s
  | Array l -> "[" ^ String.concat "," (List.map to_string l) ^ "]"
  | Object fields ->
    "{" ^ String.concat "," (List.map (fun (k, v) -> Printf.sprintf "%S:%s" k (to_string v)) fields) ^ "}"

let member key = function
  | Object fields -> List.assoc_opt key fields
  | _ -> None

let rec depth = function
  | Array l -> 1 + List.fold_left (fun m j -> max m (depth j)) 0 l
  | Object f -> 1 + List.fold_left (fun m (_, j) -> max m (depth j)) 0 f
  | Null | Bool _ | Number _ | String _ -> 0

let doc = Object [("name", String "robur"); ("tags", Array [String "ml"; Null]); ("v", Number 1.5)]

let () =
  print_endline (to_string doc);
  Printf.printf "%d %b\n" (depth doc) (member "v" doc <> None)
