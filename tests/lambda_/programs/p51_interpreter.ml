type value = Int of int | Bool of bool | Closure of string * expr * env
and expr =
  | Lit of int | Var of string | Plus of expr * expr | Less of expr * expr
  | If of expr * expr * expr | Lam of string * expr | App of expr * expr
  | Let of string * expr * expr
and env = (string * value) list
exception Type_error of string
let rec eval env = function
  | Lit n -> Int n
  | Var x -> (try List.assoc x env with Not_found -> raise (Type_error ("unbound " ^ x)))
  | Plus (a, b) -> (match eval env a, eval env b with Int x, Int y -> Int (x + y) | _ -> raise (Type_error "plus"))
  | Less (a, b) -> (match eval env a, eval env b with Int x, Int y -> Bool (x < y) | _ -> raise (Type_error "less"))
  | If (c, t, e) -> (match eval env c with Bool true -> eval env t | Bool false -> eval env e | _ -> raise (Type_error "if"))
  | Lam (x, body) -> Closure (x, body, env)
  | App (f, a) ->
    (match eval env f with
     | Closure (x, body, cenv) -> eval ((x, eval env a) :: cenv) body
     | _ -> raise (Type_error "app"))
  | Let (x, e, body) -> eval ((x, eval env e) :: env) body
let show = function Int n -> string_of_int n | Bool b -> string_of_bool b | Closure _ -> "<fun>"
let () =
  let prog = Let ("inc", Lam ("x", Plus (Var "x", Lit 1)),
                  If (Less (App (Var "inc", Lit 1), Lit 5), App (Var "inc", Lit 41), Lit 0)) in
  print_endline (show (eval [] prog));
  print_endline (show (eval [] (Lam ("y", Var "y"))));
  (try ignore (eval [] (Plus (Lit 1, Less (Lit 1, Lit 2)))) with Type_error m -> print_endline ("error: " ^ m));
  (try ignore (eval [] (Var "zz")) with Type_error m -> print_endline ("error: " ^ m))
