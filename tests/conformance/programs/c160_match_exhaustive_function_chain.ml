(* status: 0 *)
(* A tokenizer and evaluator using many match shapes over a string. *)
type tok = INT of int | PLUS | MINUS | TIMES | LP | RP

let tokenize s =
  let n = String.length s in
  let rec go i acc =
    if i >= n then List.rev acc
    else match s.[i] with
      | ' ' -> go (i + 1) acc
      | '+' -> go (i + 1) (PLUS :: acc)
      | '-' -> go (i + 1) (MINUS :: acc)
      | '*' -> go (i + 1) (TIMES :: acc)
      | '(' -> go (i + 1) (LP :: acc)
      | ')' -> go (i + 1) (RP :: acc)
      | '0' .. '9' ->
        let j = ref i in
        while !j < n && s.[!j] >= '0' && s.[!j] <= '9' do incr j done;
        go !j (INT (int_of_string (String.sub s i (!j - i))) :: acc)
      | c -> failwith (Printf.sprintf "bad char %C" c) in
  go 0 []

let rec expr toks = let (v, r) = term toks in expr_rest v r
and expr_rest v = function
  | PLUS :: r -> let (t, r) = term r in expr_rest (v + t) r
  | MINUS :: r -> let (t, r) = term r in expr_rest (v - t) r
  | r -> (v, r)
and term toks = let (v, r) = atom toks in term_rest v r
and term_rest v = function
  | TIMES :: r -> let (a, r) = atom r in term_rest (v * a) r
  | r -> (v, r)
and atom = function
  | INT n :: r -> (n, r)
  | MINUS :: r -> let (v, r) = atom r in (-v, r)
  | LP :: r -> (match expr r with (v, RP :: r) -> (v, r) | _ -> failwith "expected )")
  | _ -> failwith "unexpected token"

let eval s = match expr (tokenize s) with (v, []) -> string_of_int v | _ -> "trailing tokens" | exception Failure m -> "error: " ^ m

let () =
  List.iter (fun s -> Printf.printf "%s = %s\n" s (eval s))
    ["1 + 2 * 3"; "(1 + 2) * 3"; "10 - 4 - 3"; "-(2 * -3)"; "2 * (3 + 4) * 5"; "1 +"; "(1"; "1 2"; "7 $ 1"]
