(* A small interpreter: an expression language with integers, booleans,
   let, if, closures and recursive functions, as a variant AST evaluated
   by a tree-walking evaluator with environments as association lists.
   Runs fib, a loop summing Collatz lengths, and a list-free accumulator.
   Argument: n (the size of the workloads). *)

type expr =
  | Int of int
  | Var of string
  | Add of expr * expr
  | Sub of expr * expr
  | Mul of expr * expr
  | Mod of expr * expr
  | Div of expr * expr
  | Lt of expr * expr
  | Eq of expr * expr
  | If of expr * expr * expr
  | Let of string * expr * expr
  | LetRec of string * string list * expr * expr
  | Fun of string list * expr
  | App of expr * expr list

type value =
  | VInt of int
  | VBool of bool
  | VClos of string list * expr * env ref

and env = (string * value) list

exception Error of string

let rec lookup x env =
  match env with
  | [] -> raise (Error ("unbound " ^ x))
  | (y, v) :: rest -> if x = y then v else lookup x rest

let int_of v = match v with VInt n -> n | _ -> raise (Error "int expected")

let rec eval env e =
  match e with
  | Int n -> VInt n
  | Var x -> lookup x env
  | Add (a, b) -> VInt (int_of (eval env a) + int_of (eval env b))
  | Sub (a, b) -> VInt (int_of (eval env a) - int_of (eval env b))
  | Mul (a, b) -> VInt (int_of (eval env a) * int_of (eval env b))
  | Mod (a, b) -> VInt (int_of (eval env a) mod int_of (eval env b))
  | Div (a, b) -> VInt (int_of (eval env a) / int_of (eval env b))
  | Lt (a, b) -> VBool (int_of (eval env a) < int_of (eval env b))
  | Eq (a, b) -> VBool (int_of (eval env a) = int_of (eval env b))
  | If (c, t, f) ->
      (match eval env c with
       | VBool true -> eval env t
       | VBool false -> eval env f
       | _ -> raise (Error "bool expected"))
  | Let (x, a, b) -> eval ((x, eval env a) :: env) b
  | LetRec (f, params, body, rest) ->
      let r = ref [] in
      let clos = VClos (params, body, r) in
      r := (f, clos) :: env;
      eval ((f, clos) :: env) rest
  | Fun (params, body) -> VClos (params, body, ref env)
  | App (f, args) ->
      (match eval env f with
       | VClos (params, body, cenv) ->
           let rec bind ps args acc =
             match ps, args with
             | [], [] -> acc
             | p :: ps, a :: args -> bind ps args ((p, eval env a) :: acc)
             | _ -> raise (Error "arity")
           in
           eval (bind params args !cenv) body
       | _ -> raise (Error "function expected"))

let v x = Var x
let i n = Int n

(* let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2) in fib N *)
let fib_prog n =
  LetRec ("fib", ["n"],
          If (Lt (v "n", i 2), v "n",
              Add (App (v "fib", [Sub (v "n", i 1)]), App (v "fib", [Sub (v "n", i 2)]))),
          App (v "fib", [i n]))

(* let rec steps x acc = if x = 1 then acc else
     steps (if x mod 2 = 0 then x / 2 else 3 * x + 1) (acc + 1) in
   let rec loop k total = if k = 0 then total else loop (k - 1) (total + steps k 0) in
   loop N 0 *)
let collatz_prog n =
  LetRec ("steps", ["x"; "acc"],
          If (Eq (v "x", i 1), v "acc",
              App (v "steps",
                   [If (Eq (Mod (v "x", i 2), i 0), Div (v "x", i 2), Add (Mul (i 3, v "x"), i 1));
                    Add (v "acc", i 1)])),
          LetRec ("loop", ["k"; "total"],
                  If (Eq (v "k", i 0), v "total",
                      App (v "loop", [Sub (v "k", i 1); Add (v "total", App (v "steps", [v "k"; i 0]))])),
                  App (v "loop", [i n; i 0])))

(* higher-order: let compose f g = fun x -> f (g x) in
   let inc = fun x -> x + 1 in let dbl = fun x -> x * 2 in
   let rec iter k acc = if k = 0 then acc else iter (k - 1) ((compose inc dbl) acc mod 1000003) in
   iter N 1 *)
let closure_prog n =
  Let ("compose", Fun (["f"; "g"], Fun (["x"], App (v "f", [App (v "g", [v "x"])]))),
       Let ("inc", Fun (["x"], Add (v "x", i 1)),
            Let ("dbl", Fun (["x"], Mul (v "x", i 2)),
                 LetRec ("iter", ["k"; "acc"],
                         If (Eq (v "k", i 0), v "acc",
                             App (v "iter",
                                  [Sub (v "k", i 1);
                                   Mod (App (App (v "compose", [v "inc"; v "dbl"]), [v "acc"]),
                                        i 1000003)])),
                         App (v "iter", [i n; i 1])))))

let show v =
  match v with
  | VInt n -> string_of_int n
  | VBool b -> string_of_bool b
  | VClos _ -> "<fun>"

let () =
  let n = if Array.length Sys.argv > 1 then int_of_string Sys.argv.(1) else 20 in
  Printf.printf "fib %d = %s\n" n (show (eval [] (fib_prog n)));
  let m = 1 lsl (n - 10) in
  Printf.printf "collatz %d = %s\n" m (show (eval [] (collatz_prog m)));
  let k = 1 lsl (n - 6) in
  Printf.printf "closures %d = %s\n" k (show (eval [] (closure_prog k)));
  (try ignore (eval [] (App (i 1, []))) with Error msg -> Printf.printf "error: %s\n" msg)
