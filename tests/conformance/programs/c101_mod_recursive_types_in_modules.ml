(* status: 0 *)
(* A module implementing an expression language: types and functions inside. *)
module Expr = struct
  type t = Num of int | Add of t * t | Mul of t * t | Neg of t | Var of string | Let of string * t * t
  let rec eval env = function
    | Num n -> n
    | Add (a, b) -> eval env a + eval env b
    | Mul (a, b) -> eval env a * eval env b
    | Neg a -> - (eval env a)
    | Var x -> List.assoc x env
    | Let (x, e, body) -> eval ((x, eval env e) :: env) body
  let rec to_string = function
    | Num n -> string_of_int n
    | Add (a, b) -> "(" ^ to_string a ^ " + " ^ to_string b ^ ")"
    | Mul (a, b) -> to_string a ^ " * " ^ to_string b
    | Neg a -> "-" ^ to_string a
    | Var x -> x
    | Let (x, e, b) -> "let " ^ x ^ " = " ^ to_string e ^ " in " ^ to_string b
  let rec simplify = function
    | Add (Num 0, e) | Add (e, Num 0) | Mul (Num 1, e) | Mul (e, Num 1) -> simplify e
    | Mul (Num 0, _) | Mul (_, Num 0) -> Num 0
    | Add (a, b) -> Add (simplify a, simplify b)
    | Mul (a, b) -> Mul (simplify a, simplify b)
    | Neg (Neg e) -> simplify e
    | e -> e
end

let () =
  let open Expr in
  let e = Let ("x", Add (Num 3, Num 4), Mul (Var "x", Add (Var "x", Neg (Num 2)))) in
  Printf.printf "%s = %d\n" (to_string e) (eval [] e);
  let e2 = Add (Num 0, Mul (Num 1, Add (Neg (Neg (Var "y")), Mul (Num 0, Var "z")))) in
  Printf.printf "%s => %s\n" (to_string e2) (to_string (simplify e2));
  Printf.printf "%d\n" (eval ["y", 5; "z", 1] e2);
  match eval [] (Var "unbound") with _ -> () | exception Not_found -> print_endline "unbound variable"
