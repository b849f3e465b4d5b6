(* A JSON value type with a printer (compact and indented), a parser,
   queries and a small round-trip test suite. *)

type json =
  | Null
  | Bool of bool
  | Number of float
  | String of string
  | Array of json list
  | Object of (string * json) list

exception Json_error of string * int

(* ---------- Printing ---------- *)

let escape_string s =
  let b = Buffer.create (String.length s + 2) in
  Buffer.add_char b '"';
  String.iter
    (fun c ->
       match c with
       | '"' -> Buffer.add_string b "\\\""
       | '\\' -> Buffer.add_string b "\\\\"
       | '\n' -> Buffer.add_string b "\\n"
       | '\t' -> Buffer.add_string b "\\t"
       | '\r' -> Buffer.add_string b "\\r"
       | '\000'..'\031' -> Buffer.add_string b (Printf.sprintf "\\u%04x" (Char.code c))
       | c -> Buffer.add_char b c)
    s;
  Buffer.add_char b '"';
  Buffer.contents b

let format_number f =
  if Float.is_integer f && Float.abs f < 1e15 then Printf.sprintf "%.0f" f
  else Printf.sprintf "%.17g" f

let rec compact = function
  | Null -> "null"
  | Bool true -> "true"
  | Bool false -> "false"
  | Number n -> format_number n
  | String s -> escape_string s
  | Array items -> "[" ^ String.concat "," (List.map compact items) ^ "]"
  | Object fields ->
    let field (k, v) = escape_string k ^ ":" ^ compact v in
    "{" ^ String.concat "," (List.map field fields) ^ "}"

let pretty json =
  let b = Buffer.create 256 in
  let pad n = Buffer.add_string b (String.make (2 * n) ' ') in
  let rec go depth = function
    | (Null | Bool _ | Number _ | String _) as scalar -> Buffer.add_string b (compact scalar)
    | Array [] -> Buffer.add_string b "[]"
    | Object [] -> Buffer.add_string b "{}"
    | Array items ->
      Buffer.add_string b "[\n";
      List.iteri
        (fun i item ->
           if i > 0 then Buffer.add_string b ",\n";
           pad (depth + 1);
           go (depth + 1) item)
        items;
      Buffer.add_char b '\n';
      pad depth;
      Buffer.add_char b ']'
    | Object fields ->
      Buffer.add_string b "{\n";
      List.iteri
        (fun i (k, v) ->
           if i > 0 then Buffer.add_string b ",\n";
           pad (depth + 1);
           Buffer.add_string b (escape_string k);
           Buffer.add_string b ": ";
           go (depth + 1) v)
        fields;
      Buffer.add_char b '\n';
      pad depth;
      Buffer.add_char b '}'
  in
  go 0 json;
  Buffer.contents b

(* ---------- Parsing ---------- *)

type state = { text : string; mutable pos : int }

let error st msg = raise (Json_error (msg, st.pos))

let peek st = if st.pos < String.length st.text then Some st.text.[st.pos] else None

let rec skip_ws st =
  match peek st with
  | Some (' ' | '\t' | '\n' | '\r') -> st.pos <- st.pos + 1; skip_ws st
  | _ -> ()

let expect_char st c =
  skip_ws st;
  match peek st with
  | Some d when d = c -> st.pos <- st.pos + 1
  | Some d -> error st (Printf.sprintf "expected %C, found %C" c d)
  | None -> error st (Printf.sprintf "expected %C, found end of input" c)

let expect_word st w value =
  let n = String.length w in
  if st.pos + n <= String.length st.text && String.sub st.text st.pos n = w then begin
    st.pos <- st.pos + n;
    value
  end else error st ("expected " ^ w)

let parse_string_body st =
  let b = Buffer.create 16 in
  let rec loop () =
    match peek st with
    | None -> error st "unterminated string"
    | Some '"' -> st.pos <- st.pos + 1
    | Some '\\' ->
      st.pos <- st.pos + 1;
      (match peek st with
       | Some 'n' -> Buffer.add_char b '\n'
       | Some 't' -> Buffer.add_char b '\t'
       | Some 'r' -> Buffer.add_char b '\r'
       | Some ('"' | '\\' | '/' as c) -> Buffer.add_char b c
       | Some 'u' ->
         let hex = String.sub st.text (st.pos + 1) 4 in
         Buffer.add_char b (Char.chr (int_of_string ("0x" ^ hex) land 0xFF));
         st.pos <- st.pos + 4
       | _ -> error st "bad escape");
      st.pos <- st.pos + 1;
      loop ()
    | Some c -> Buffer.add_char b c; st.pos <- st.pos + 1; loop ()
  in
  loop ();
  Buffer.contents b

let parse_number st =
  let start = st.pos in
  let is_num_char = function '0'..'9' | '-' | '+' | '.' | 'e' | 'E' -> true | _ -> false in
  while (match peek st with Some c -> is_num_char c | None -> false) do
    st.pos <- st.pos + 1
  done;
  let s = String.sub st.text start (st.pos - start) in
  match float_of_string_opt s with
  | Some f -> Number f
  | None -> error st ("bad number " ^ s)

let rec parse_value st =
  skip_ws st;
  match peek st with
  | None -> error st "unexpected end of input"
  | Some 'n' -> expect_word st "null" Null
  | Some 't' -> expect_word st "true" (Bool true)
  | Some 'f' -> expect_word st "false" (Bool false)
  | Some '"' -> st.pos <- st.pos + 1; String (parse_string_body st)
  | Some '[' ->
    st.pos <- st.pos + 1;
    skip_ws st;
    if peek st = Some ']' then (st.pos <- st.pos + 1; Array [])
    else
      let rec items acc =
        let v = parse_value st in
        skip_ws st;
        match peek st with
        | Some ',' -> st.pos <- st.pos + 1; items (v :: acc)
        | Some ']' -> st.pos <- st.pos + 1; Array (List.rev (v :: acc))
        | _ -> error st "expected , or ]"
      in
      items []
  | Some '{' ->
    st.pos <- st.pos + 1;
    skip_ws st;
    if peek st = Some '}' then (st.pos <- st.pos + 1; Object [])
    else
      let rec fields acc =
        expect_char st '"';
        let k = parse_string_body st in
        expect_char st ':';
        let v = parse_value st in
        skip_ws st;
        match peek st with
        | Some ',' -> st.pos <- st.pos + 1; fields ((k, v) :: acc)
        | Some '}' -> st.pos <- st.pos + 1; Object (List.rev ((k, v) :: acc))
        | _ -> error st "expected , or }"
      in
      fields []
  | Some ('-' | '0'..'9') -> parse_number st
  | Some c -> error st (Printf.sprintf "unexpected %C" c)

let parse text =
  let st = { text; pos = 0 } in
  let v = parse_value st in
  skip_ws st;
  if st.pos <> String.length text then error st "trailing characters";
  v

(* ---------- Queries ---------- *)

type path_step = Key of string | Index of int

let rec query path json =
  match path, json with
  | [], j -> Some j
  | Key k :: rest, Object fields ->
    (match List.assoc_opt k fields with Some v -> query rest v | None -> None)
  | Index i :: rest, Array items ->
    if i >= 0 && i < List.length items then query rest (List.nth items i) else None
  | _ -> None

let rec depth = function
  | Array items -> 1 + List.fold_left (fun m j -> max m (depth j)) 0 items
  | Object fields -> 1 + List.fold_left (fun m (_, j) -> max m (depth j)) 0 fields
  | _ -> 0

let rec count_strings = function
  | String _ -> 1
  | Array l -> List.fold_left (fun n j -> n + count_strings j) 0 l
  | Object l -> List.fold_left (fun n (_, j) -> n + count_strings j) 0 l
  | Null | Bool _ | Number _ -> 0

(* ---------- Tests ---------- *)

let sample =
  Object [
    ("name", String "robur");
    ("version", Number 0.1);
    ("stable", Bool false);
    ("tags", Array [String "ocaml"; String "unikernel"; String "tab\there"]);
    ("owner", Object [("id", Number 42.); ("email", Null)]);
    ("matrix", Array [Array [Number 1.; Number 2.]; Array []; Array [Number (-3.5e-2)]]);
  ]

let () =
  let c = compact sample in
  print_endline c;
  print_endline (pretty sample);
  Printf.printf "round trip: %b\n" (parse c = sample);
  Printf.printf "round trip pretty: %b\n" (parse (pretty sample) = sample);
  Printf.printf "depth=%d strings=%d\n" (depth sample) (count_strings sample);
  (match query [Key "tags"; Index 1] sample with
   | Some j -> print_endline (compact j)
   | None -> print_endline "no match");
  (match query [Key "owner"; Key "missing"] sample with
   | Some j -> print_endline (compact j)
   | None -> print_endline "no match");
  List.iter
    (fun text ->
       try Printf.printf "ok: %s\n" (compact (parse text))
       with Json_error (msg, pos) -> Printf.printf "error at %d: %s\n" pos msg)
    [ "[1, 2, 3]"; "{\"a\": [true, null]}"; "[1, 2"; "{\"a\" 1}"; "nul"; "\"\\u0041\"" ]
