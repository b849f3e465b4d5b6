(* Mutually recursive types and functions *)
type expr =
  | Num of int
  | Add of expr * expr
  | Let of decl * expr
  | Var of string
and decl = { var : string; value : expr }

let rec eval env = function
  | Num n -> n
  | Add (a, b) -> eval env a + eval env b
  | Var v -> List.assoc v env
  | Let (d, body) -> eval (eval_decl env d :: env) body
and eval_decl env { var; value } = (var, eval env value)

let rec is_even n = if n = 0 then true else is_odd (n - 1)
and is_odd n = if n = 0 then false else is_even (n - 1)

type 'a forest = 'a rose list
and 'a rose = Rose of 'a * 'a forest

let rec size (Rose (_, children)) = 1 + forest_size children
and forest_size f = List.fold_left (fun acc r -> acc + size r) 0 f

let () =
  let e = Let ({ var = "x"; value = Num 4 }, Add (Var "x", Num 1)) in
  Printf.printf "%d %b %b\n" (eval [] e) (is_even 10) (is_odd 7);
  Printf.printf "%d\n" (size (Rose (1, [Rose (2, []); Rose (3, [])])))
