(* status: 0 *)
(* A small interpreter for an imperative language over a variant AST. *)
type expr = Int of int | Var of string | Add of expr * expr | Sub of expr * expr | Mul of expr * expr | Lt of expr * expr
type stmt = Assign of string * expr | While of expr * stmt list | If of expr * stmt list * stmt list | Print of expr

let rec eval env = function
  | Int n -> n
  | Var x -> (try Hashtbl.find env x with Not_found -> failwith ("unbound " ^ x))
  | Add (a, b) -> eval env a + eval env b
  | Sub (a, b) -> eval env a - eval env b
  | Mul (a, b) -> eval env a * eval env b
  | Lt (a, b) -> if eval env a < eval env b then 1 else 0

let rec exec env = function
  | Assign (x, e) -> Hashtbl.replace env x (eval env e)
  | While (c, body) as w -> if eval env c <> 0 then (List.iter (exec env) body; exec env w)
  | If (c, t, e) -> List.iter (exec env) (if eval env c <> 0 then t else e)
  | Print e -> Printf.printf "%d\n" (eval env e)

let program = [
  Assign ("i", Int 0); Assign ("acc", Int 0);
  While (Lt (Var "i", Int 100000), [
    Assign ("acc", Add (Var "acc", Mul (Var "i", Var "i")));
    Assign ("i", Add (Var "i", Int 1)) ]);
  Print (Var "acc");
  Assign ("a", Int 0); Assign ("b", Int 1); Assign ("n", Int 0);
  While (Lt (Var "n", Int 40), [
    Assign ("t", Var "b"); Assign ("b", Add (Var "a", Var "b")); Assign ("a", Var "t");
    Assign ("n", Add (Var "n", Int 1)) ]);
  Print (Var "a");
  If (Lt (Var "a", Int 0), [Print (Int 1)], [Print (Sub (Int 0, Int 1))]);
  Print (Var "missing") ]

let () =
  let env = Hashtbl.create 16 in
  try List.iter (exec env) program with Failure m -> Printf.printf "runtime error: %s\n" m
