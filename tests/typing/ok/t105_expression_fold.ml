(* A generic fold over an expression tree *)
type 'a expr =
  | Const of 'a
  | Var of string
  | Neg of 'a expr
  | Bin of string * 'a expr * 'a expr

let rec fold const var neg bin e =
  let recur = fold const var neg bin in
  match e with
  | Const c -> const c
  | Var v -> var v
  | Neg e -> neg (recur e)
  | Bin (op, a, b) -> bin op (recur a) (recur b)

let size e = fold (fun _ -> 1) (fun _ -> 1) (fun n -> n + 1) (fun _ a b -> a + b + 1) e

let eval env =
  fold (fun c -> c) (fun v -> List.assoc v env) (fun x -> -x)
    (fun op a b -> match op with "+" -> a + b | "*" -> a * b | _ -> a - b)

let to_string show =
  fold show (fun v -> v) (fun s -> "-" ^ s) (fun op a b -> "(" ^ a ^ " " ^ op ^ " " ^ b ^ ")")

let e = Bin ("+", Const 2, Bin ("*", Var "x", Neg (Const 3)))

let () =
  Printf.printf "%d %d %s\n" (size e) (eval [("x", 4)] e) (to_string string_of_int e)
