(* Boolean values (OCaml 4.13 semantics). *)
type t = bool = false | true

external not : bool -> bool = "%boolnot"
external ( && ) : bool -> bool -> bool = "%sequand"
external ( || ) : bool -> bool -> bool = "%sequor"
external compare_prim : bool -> bool -> int = "%compare"
external equal_prim : bool -> bool -> bool = "%equal"

let equal (a : bool) b = equal_prim a b

let compare (a : bool) b = compare_prim a b

let to_int b = if b then 1 else 0

let to_float b = if b then 1. else 0.

let to_string b = if b then "true" else "false"
