(* Comparison operators are left associative and below :: and @. *)
let a = 1 < 2 = true
let b = [1] @ [2] = [1; 2]
let c = 0 :: [] <> []
let d = "a" ^ "b" = "ab"
let e = 1 + 2 < 2 * 2
let f = (1 = 1) = (2 = 2)
let g = 3 |> succ = 4
let h = 1 == 1 && 2 != 3
let i = 1 < 2 && 2 < 3 || 3 < 2
let j = max 1 2 >= min 3 4

let () =
  List.iteri (fun idx v -> Printf.printf "%d:%b " idx v) [a; b; c; d; e; f; g; h; i; j];
  print_newline ()
