(* A tokenizer for arithmetic expressions *)
type token = INT of int | PLUS | MINUS | TIMES | DIV | LPAREN | RPAREN

exception Lex_error of char * int

let tokenize s =
  let n = String.length s in
  let rec go i acc =
    if i >= n then List.rev acc
    else
      match s.[i] with
      | ' ' | '\t' -> go (i + 1) acc
      | '+' -> go (i + 1) (PLUS :: acc)
      | '-' -> go (i + 1) (MINUS :: acc)
      | '*' -> go (i + 1) (TIMES :: acc)
      | '/' -> go (i + 1) (DIV :: acc)
      | '(' -> go (i + 1) (LPAREN :: acc)
      | ')' -> go (i + 1) (RPAREN :: acc)
      | '0' .. '9' ->
        let j = ref i in
        while !j < n && s.[!j] >= '0' && s.[!j] <= '9' do incr j done;
        go !j (INT (int_of_string (String.sub s i (!j - i))) :: acc)
      | c -> raise (Lex_error (c, i))
  in
  go 0 []

let show = function
  | INT n -> string_of_int n
  | PLUS -> "+" | MINUS -> "-" | TIMES -> "*" | DIV -> "/"
  | LPAREN -> "(" | RPAREN -> ")"

let () =
  print_endline (String.concat " " (List.map show (tokenize "12 + (3*45)")));
  try ignore (tokenize "1 $ 2") with Lex_error (c, i) -> Printf.printf "bad %C at %d\n" c i
