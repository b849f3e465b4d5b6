(* status: 0 *)
(* function keyword, nested function matches, and match in match with parentheses. *)
type op = Add | Sub | Mul | Div
type expr = Lit of float | Bin of op * expr * expr | Neg of expr

let rec eval = function
  | Lit f -> f
  | Neg e -> -. eval e
  | Bin (op, a, b) ->
    let x = eval a and y = eval b in
    (match op with Add -> x +. y | Sub -> x -. y | Mul -> x *. y
     | Div -> (match y with 0.0 -> nan | _ -> x /. y))

let rec show = function
  | Lit f -> Printf.sprintf "%g" f
  | Neg e -> "-" ^ show e
  | Bin (op, a, b) ->
    let s = function Add -> "+" | Sub -> "-" | Mul -> "*" | Div -> "/" in
    "(" ^ show a ^ " " ^ s op ^ " " ^ show b ^ ")"

let () =
  let es = [ Bin (Add, Lit 1., Bin (Mul, Lit 2., Lit 3.)); Neg (Bin (Div, Lit 1., Lit 0.));
             Bin (Div, Lit 7., Lit 2.); Bin (Sub, Neg (Lit 2.5), Lit 0.5) ] in
  List.iter (fun e -> Printf.printf "%s = %g\n" (show e) (eval e)) es
