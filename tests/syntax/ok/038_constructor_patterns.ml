(* Nested constructor patterns, options, results. *)
type expr =
  | Num of int
  | Add of expr * expr
  | Mul of expr * expr
  | Neg of expr

let rec simplify = function
  | Add (Num 0, e) | Add (e, Num 0) -> simplify e
  | Mul (Num 1, e) | Mul (e, Num 1) -> simplify e
  | Mul (Num 0, _) | Mul (_, Num 0) -> Num 0
  | Neg (Neg e) -> simplify e
  | Add (a, b) -> Add (simplify a, simplify b)
  | Mul (a, b) -> Mul (simplify a, simplify b)
  | Neg e -> Neg (simplify e)
  | Num _ as n -> n

let rec show = function
  | Num n -> string_of_int n
  | Add (a, b) -> "(" ^ show a ^ " + " ^ show b ^ ")"
  | Mul (a, b) -> show a ^ " * " ^ show b
  | Neg e -> "-" ^ show e

let opt_sum = function
  | Some (Some a), Some b -> a + b
  | Some None, _ | None, _ -> 0
  | Some (Some a), None -> a

let res = function Ok (Some v) -> v | Ok None -> 0 | Error _ -> -1

let () =
  let e = Add (Num 0, Mul (Num 1, Neg (Neg (Add (Num 2, Num 3))))) in
  print_endline (show e);
  print_endline (show (simplify e));
  Printf.printf "%d %d\n" (opt_sum (Some (Some 2), Some 3)) (opt_sum (None, None));
  Printf.printf "%d %d %d\n" (res (Ok (Some 4))) (res (Ok None)) (res (Error "x"))
