(* Mutually recursive type definitions with and. *)
type expr =
  | Const of int
  | Block of stmt list * expr
  | Cond of cond * expr * expr
and stmt =
  | Print of expr
  | Seq of stmt * stmt
and cond = { lhs : expr; op : string; rhs : expr }

type 'a forest = 'a tree list
and 'a tree = T of 'a * 'a forest

let rec eval = function
  | Const n -> n
  | Block (stmts, e) -> List.iter exec stmts; eval e
  | Cond ({ lhs; op; rhs }, a, b) ->
    let l = eval lhs and r = eval rhs in
    let holds = match op with "<" -> l < r | "=" -> l = r | _ -> false in
    if holds then eval a else eval b
and exec = function
  | Print e -> Printf.printf "%d\n" (eval e)
  | Seq (a, b) -> exec a; exec b

let rec size (T (_, children)) = 1 + List.fold_left (fun n t -> n + size t) 0 children

let () =
  let prog =
    Block ([Print (Const 1); Seq (Print (Const 2), Print (Const 3))],
           Cond ({ lhs = Const 1; op = "<"; rhs = Const 2 }, Const 10, Const 20)) in
  Printf.printf "result %d\n" (eval prog);
  Printf.printf "%d\n" (size (T (1, [T (2, []); T (3, [T (4, [])])])))
