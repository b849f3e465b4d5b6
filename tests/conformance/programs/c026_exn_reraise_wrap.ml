(* status: 0 *)
(* Catch, wrap and re-raise across layers. *)
exception Parse_error of string * int
exception Layer of string * exn

let parse_digit pos c =
  if c >= '0' && c <= '9' then Char.code c - 48
  else raise (Parse_error (Printf.sprintf "bad char %C" c, pos))

let parse_number s =
  let n = ref 0 in
  String.iteri (fun i c -> n := !n * 10 + parse_digit i c) s;
  !n

let layer name f x = try f x with e -> raise (Layer (name, e))

let rec describe = function
  | Layer (n, e) -> n ^ " > " ^ describe e
  | Parse_error (m, p) -> Printf.sprintf "parse error %s at %d" m p
  | e -> Printexc.to_string e

let () =
  let top = layer "top" (layer "middle" (layer "bottom" parse_number)) in
  List.iter (fun s ->
    match top s with
    | n -> Printf.printf "%s -> %d\n" s n
    | exception e -> Printf.printf "%s -> %s\n" s (describe e))
    ["123"; "45x6"; ""; "9a"]
