(* status: 0 *)
(* Matching on the result of a computation that may raise; nested try/match. *)
let parse_kv s =
  match String.index s '=' with
  | i -> Some (String.sub s 0 i, String.sub s (i + 1) (String.length s - i - 1))
  | exception Not_found -> None

let to_int_pair s =
  match parse_kv s with
  | None -> Error "no ="
  | Some (k, v) ->
    match int_of_string k, int_of_string v with
    | a, b -> Ok (a, b)
    | exception Failure _ -> Error ("bad ints in " ^ s)

let () =
  List.iter (fun s ->
    match to_int_pair s with
    | Ok (a, b) when a = b -> Printf.printf "%s: equal %d\n" s a
    | Ok (a, b) -> Printf.printf "%s: %d,%d\n" s a b
    | Error e -> Printf.printf "%s: error %s\n" s e)
    ["1=2"; "3=3"; "x=1"; "nokey"; "=5"; "10=0x10"];
  let r = try (match List.assoc "z" [] with v -> v | exception Not_found -> raise Exit) with Exit -> -1 in
  Printf.printf "%d\n" r
