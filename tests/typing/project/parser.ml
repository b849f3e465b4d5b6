(* Parsing a tiny textual shape description: "circle 1 2 3 red". *)
exception Syntax_error of int * string

let float_arg line s =
  match float_of_string_opt s with
  | Some f -> f
  | None -> raise (Syntax_error (line, "expected a number, got " ^ s))

let parse_line line text =
  let words = List.filter (fun w -> w <> "") (String.split_on_char ' ' text) in
  let num = float_arg line in
  match words with
  | ["circle"; x; y; r; c] -> (Shapes.circle (Vec.make (num x) (num y)) (num r), Style.filled (Color.of_name c))
  | ["rect"; x1; y1; x2; y2; c] ->
    (Shapes.rect (Vec.make (num x1) (num y1)) (Vec.make (num x2) (num y2)), Style.filled (Color.of_name c))
  | ["segment"; x1; y1; x2; y2] ->
    (Shapes.Segment (Vec.make (num x1) (num y1), Vec.make (num x2) (num y2)), Style.outline Color.black 1.0)
  | kw :: _ -> raise (Syntax_error (line, "unknown shape " ^ kw))
  | [] -> raise (Syntax_error (line, "empty line"))

let parse_all text =
  let lines = String.split_on_char '\n' text in
  List.concat (List.mapi (fun i l -> if String.trim l = "" then [] else [parse_line (i + 1) l]) lines)
