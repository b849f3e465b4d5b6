type token = Int of int | Plus | Minus | Lparen | Rparen

let tokenize s =
  let n = String.length s in
  let rec go i acc =
    if i >= n then List.rev acc
    else
      match s.[i] with
      | ' ' -> go (i + 1) acc
      | '+' -> go (i + 1) (Plus :: acc)
      | '-' -> go (i + 1) (Minus :: acc)
      | '(' -> go (i + 1) (Lparen :: acc)
      | ')' -> go (i + 1) (Rparen :: acc)
      | '0'..'9' as c -> go (i + 1) (Int (Char.code c - 48) :: acc)
      | _ -> failwith "bad char"
  in
  go 0 []

let rec eval = function
  | Int a :: Plus :: rest -> a + eval rest
  | Int a :: Minus :: rest -> a - eval rest
  | [Int a] -> a
  | Int a :: Lparen :: rest => a + eval rest
  | _ -> 0

let () = print_int (eval (tokenize "1 + 2 - 3"))
