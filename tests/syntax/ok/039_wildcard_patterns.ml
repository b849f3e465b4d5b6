(* Wildcards and unused variables in patterns. *)
let const _ = 42
let second (_, b) = b
let ignore_all _ _ _ = "ignored"
let is_cons = function _ :: _ -> true | _ -> false
let count_somes l = List.fold_left (fun n -> function Some _ -> n + 1 | None -> n) 0 l
let _unused_top = "not printed"
let _ = print_endline "top-level wildcard binding"

let () =
  Printf.printf "%d %s %s\n" (const "x") (second (1, "b")) (ignore_all 1 'c' "d");
  Printf.printf "%b %b\n" (is_cons [1]) (is_cons []);
  Printf.printf "%d\n" (count_somes [Some 1; None; Some 3]);
  let _ = 10 in
  let _x = 20 in
  match (1, (2, 3)) with
  | (_, (_, z)) -> Printf.printf "%d\n" z
