(* A small interpreter: lexer, recursive-descent parser and evaluator for a
   tiny ML-like language with integers, booleans, let, if, functions. *)

(* ---------- Tokens and lexer ---------- *)

type token =
  | INT of int
  | IDENT of string
  | LET | REC | IN | IF | THEN | ELSE | FUN | ARROW
  | TRUE | FALSE
  | PLUS | MINUS | STAR | SLASH | LT | EQ | LPAREN | RPAREN
  | EOF

exception Lex_error of string * int

let is_digit c = c >= '0' && c <= '9'
let is_alpha = function 'a'..'z' | 'A'..'Z' | '_' -> true | _ -> false

let keyword = function
  | "let" -> LET | "rec" -> REC | "in" -> IN
  | "if" -> IF | "then" -> THEN | "else" -> ELSE
  | "fun" -> FUN | "true" -> TRUE | "false" -> FALSE
  | s -> IDENT s

let tokenize (src : string) : token list =
  let n = String.length src in
  let rec go i acc =
    if i >= n then List.rev (EOF :: acc)
    else
      match src.[i] with
      | ' ' | '\t' | '\n' | '\r' -> go (i + 1) acc
      | '+' -> go (i + 1) (PLUS :: acc)
      | '*' -> go (i + 1) (STAR :: acc)
      | '/' -> go (i + 1) (SLASH :: acc)
      | '<' -> go (i + 1) (LT :: acc)
      | '=' -> go (i + 1) (EQ :: acc)
      | '(' -> go (i + 1) (LPAREN :: acc)
      | ')' -> go (i + 1) (RPAREN :: acc)
      | '-' ->
        if i + 1 < n && src.[i + 1] = '>' then go (i + 2) (ARROW :: acc)
        else go (i + 1) (MINUS :: acc)
      | c when is_digit c ->
        let j = ref i in
        while !j < n && is_digit src.[!j] do incr j done;
        go !j (INT (int_of_string (String.sub src i (!j - i))) :: acc)
      | c when is_alpha c ->
        let j = ref i in
        while !j < n && (is_alpha src.[!j] || is_digit src.[!j]) do incr j done;
        go !j (keyword (String.sub src i (!j - i)) :: acc)
      | c -> raise (Lex_error (Printf.sprintf "unexpected %C" c, i))
  in
  go 0 []

(* ---------- Abstract syntax ---------- *)

type binop = Add | Sub | Mul | Div | Less | Equal

type expr =
  | Num of int
  | Bool of bool
  | Var of string
  | Binop of binop * expr * expr
  | If of expr * expr * expr
  | Let of string * expr * expr
  | Letrec of string * string * expr * expr
  | Fun of string * expr
  | App of expr * expr

(* ---------- Parser ---------- *)

exception Parse_error of string

type parser = { mutable toks : token list }

let peek p = match p.toks with [] -> EOF | t :: _ -> t
let advance p = match p.toks with [] -> () | _ :: rest -> p.toks <- rest

let expect p t what =
  if peek p = t then advance p else raise (Parse_error ("expected " ^ what))

let ident p =
  match peek p with
  | IDENT s -> advance p; s
  | _ -> raise (Parse_error "expected identifier")

let rec parse_expr p =
  match peek p with
  | LET ->
    advance p;
    if peek p = REC then begin
      advance p;
      let f = ident p in
      let x = ident p in
      expect p EQ "=";
      let body = parse_expr p in
      expect p IN "in";
      Letrec (f, x, body, parse_expr p)
    end else begin
      let x = ident p in
      expect p EQ "=";
      let e1 = parse_expr p in
      expect p IN "in";
      Let (x, e1, parse_expr p)
    end
  | IF ->
    advance p;
    let c = parse_expr p in
    expect p THEN "then";
    let a = parse_expr p in
    expect p ELSE "else";
    If (c, a, parse_expr p)
  | FUN ->
    advance p;
    let x = ident p in
    expect p ARROW "->";
    Fun (x, parse_expr p)
  | _ -> parse_compare p

and parse_compare p =
  let lhs = parse_additive p in
  match peek p with
  | LT -> advance p; Binop (Less, lhs, parse_additive p)
  | EQ -> advance p; Binop (Equal, lhs, parse_additive p)
  | _ -> lhs

and parse_additive p =
  let rec loop lhs =
    match peek p with
    | PLUS -> advance p; loop (Binop (Add, lhs, parse_mult p))
    | MINUS -> advance p; loop (Binop (Sub, lhs, parse_mult p))
    | _ -> lhs
  in
  loop (parse_mult p)

and parse_mult p =
  let rec loop lhs =
    match peek p with
    | STAR -> advance p; loop (Binop (Mul, lhs, parse_app p))
    | SLASH -> advance p; loop (Binop (Div, lhs, parse_app p))
    | _ -> lhs
  in
  loop (parse_app p)

and parse_app p =
  let rec loop f =
    match peek p with
    | INT _ | IDENT _ | TRUE | FALSE | LPAREN -> loop (App (f, parse_atom p))
    | _ -> f
  in
  loop (parse_atom p)

and parse_atom p =
  match peek p with
  | INT n -> advance p; Num n
  | TRUE -> advance p; Bool true
  | FALSE -> advance p; Bool false
  | IDENT s -> advance p; Var s
  | LPAREN ->
    advance p;
    let e = parse_expr p in
    expect p RPAREN ")";
    e
  | _ -> raise (Parse_error "unexpected token")

let parse src =
  let p = { toks = tokenize src } in
  let e = parse_expr p in
  if peek p <> EOF then raise (Parse_error "trailing input");
  e

(* ---------- Values and evaluation ---------- *)

type value =
  | VInt of int
  | VBool of bool
  | VClosure of string * expr * env ref
and env = (string * value) list

exception Runtime_error of string

let rec string_of_value = function
  | VInt n -> string_of_int n
  | VBool b -> string_of_bool b
  | VClosure (x, _, _) -> "<fun " ^ x ^ ">"

let arith op a b =
  match op, a, b with
  | Add, VInt x, VInt y -> VInt (x + y)
  | Sub, VInt x, VInt y -> VInt (x - y)
  | Mul, VInt x, VInt y -> VInt (x * y)
  | Div, VInt _, VInt 0 -> raise (Runtime_error "division by zero")
  | Div, VInt x, VInt y -> VInt (x / y)
  | Less, VInt x, VInt y -> VBool (x < y)
  | Equal, VInt x, VInt y -> VBool (x = y)
  | Equal, VBool x, VBool y -> VBool (x = y)
  | _ -> raise (Runtime_error "type error in binary operation")

let rec eval (env : env) (e : expr) : value =
  match e with
  | Num n -> VInt n
  | Bool b -> VBool b
  | Var x ->
    (try List.assoc x env with Not_found -> raise (Runtime_error ("unbound " ^ x)))
  | Binop (op, a, b) -> arith op (eval env a) (eval env b)
  | If (c, a, b) ->
    (match eval env c with
     | VBool true -> eval env a
     | VBool false -> eval env b
     | _ -> raise (Runtime_error "condition is not a boolean"))
  | Let (x, e1, e2) -> eval ((x, eval env e1) :: env) e2
  | Letrec (f, x, body, rest) ->
    let cell = ref [] in
    let clo = VClosure (x, body, cell) in
    cell := (f, clo) :: env;
    eval ((f, clo) :: env) rest
  | Fun (x, body) -> VClosure (x, body, ref env)
  | App (f, a) ->
    let fv = eval env f in
    let av = eval env a in
    (match fv with
     | VClosure (x, body, cenv) -> eval ((x, av) :: !cenv) body
     | _ -> raise (Runtime_error "applying a non-function"))

(* ---------- Pretty printer ---------- *)

let string_of_op = function
  | Add -> "+" | Sub -> "-" | Mul -> "*" | Div -> "/" | Less -> "<" | Equal -> "="

let rec show = function
  | Num n -> string_of_int n
  | Bool b -> string_of_bool b
  | Var x -> x
  | Binop (op, a, b) -> "(" ^ show a ^ " " ^ string_of_op op ^ " " ^ show b ^ ")"
  | If (c, a, b) -> "if " ^ show c ^ " then " ^ show a ^ " else " ^ show b
  | Let (x, a, b) -> "let " ^ x ^ " = " ^ show a ^ " in " ^ show b
  | Letrec (f, x, a, b) -> "let rec " ^ f ^ " " ^ x ^ " = " ^ show a ^ " in " ^ show b
  | Fun (x, b) -> "(fun " ^ x ^ " -> " ^ show b ^ ")"
  | App (f, a) -> "(" ^ show f ^ " " ^ show a ^ ")"

(* ---------- Driver ---------- *)

let programs = [
  "1 + 2 * 3";
  "(1 + 2) * 3";
  "let x = 5 in x * x - 1";
  "if 1 < 2 then 10 else 20";
  "let f = fun x -> x + 1 in f (f 40)";
  "let rec fact n = if n < 1 then 1 else n * fact (n - 1) in fact 10";
  "let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2) in fib 20";
  "let compose = fun f -> fun g -> fun x -> f (g x) in compose (fun x -> x * 2) (fun x -> x + 3) 4";
  "let add = fun a -> fun b -> a + b in let inc = add 1 in inc 99";
  "1 = 1";
  "10 / 0";
  "let y = 3 in z";
  "1 + true";
  "if 3 then 1 else 2";
  "let x = in 3";
  "1 + $";
]

let run src =
  try
    let e = parse src in
    let v = eval [] e in
    Printf.printf "%-40s => %s\n" (show e) (string_of_value v)
  with
  | Lex_error (msg, pos) -> Printf.printf "lex error at %d: %s\n" pos msg
  | Parse_error msg -> Printf.printf "parse error: %s\n" msg
  | Runtime_error msg -> Printf.printf "runtime error: %s\n" msg

let () =
  List.iter run programs;
  let total = List.length programs in
  Printf.printf "%d programs\n" total
