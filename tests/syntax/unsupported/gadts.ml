(* GADT constructor syntax type _ t = A : int t is not supported by robur. *)
type _ expr =
  | Int : int -> int expr
  | Bool : bool -> bool expr
  | If : bool expr * 'a expr * 'a expr -> 'a expr

let rec eval : type a. a expr -> a = function
  | Int n -> n
  | Bool b -> b
  | If (c, a, b) -> if eval c then eval a else eval b

let () = Printf.printf "%d\n" (eval (If (Bool true, Int 1, Int 2)))
