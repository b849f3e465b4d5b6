(* status: 0 *)
(* A JSON-like value type with a pretty printer and a serializer. *)
type json = Null | Bool of bool | Num of float | Str of string | Arr of json list | Obj of (string * json) list

let rec to_string = function
  | Null -> "null"
  | Bool b -> string_of_bool b
  | Num f -> if Float.is_integer f then Printf.sprintf "%.0f" f else Printf.sprintf "%g" f
  | Str s -> Printf.sprintf "%S" s
  | Arr l -> "[" ^ String.concat "," (List.map to_string l) ^ "]"
  | Obj l -> "{" ^ String.concat "," (List.map (fun (k, v) -> Printf.sprintf "%S:%s" k (to_string v)) l) ^ "}"

let rec pretty indent = function
  | Arr (_ :: _ as l) ->
    let pad = String.make (indent + 2) ' ' in
    "[\n" ^ String.concat ",\n" (List.map (fun v -> pad ^ pretty (indent + 2) v) l) ^ "\n" ^ String.make indent ' ' ^ "]"
  | Obj (_ :: _ as l) ->
    let pad = String.make (indent + 2) ' ' in
    "{\n" ^ String.concat ",\n" (List.map (fun (k, v) -> Printf.sprintf "%s%S: %s" pad k (pretty (indent + 2) v)) l)
    ^ "\n" ^ String.make indent ' ' ^ "}"
  | v -> to_string v

let rec count = function Arr l -> 1 + List.fold_left (fun a v -> a + count v) 0 l
  | Obj l -> 1 + List.fold_left (fun a (_, v) -> a + count v) 0 l | _ -> 1

let () =
  let doc = Obj ["name", Str "robur"; "version", Num 0.1; "tags", Arr [Str "ocaml"; Str "unikernel"];
                 "stable", Bool false; "deps", Obj []; "extra", Null; "sizes", Arr [Num 1.; Num 2.5; Arr []]] in
  print_endline (to_string doc);
  print_endline (pretty 0 doc);
  Printf.printf "nodes: %d\n" (count doc)
