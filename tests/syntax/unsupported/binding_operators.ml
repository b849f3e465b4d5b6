(* Binding operators let* / and* are not supported by robur. *)
let ( let* ) o f = match o with Some x -> f x | None -> None
let ( and* ) a b = match a, b with Some x, Some y -> Some (x, y) | _ -> None

let add_opt a b =
  let* x = a
  and* y = b in
  Some (x + y)

let () =
  match add_opt (Some 1) (Some 2) with
  | Some n -> Printf.printf "%d\n" n
  | None -> print_endline "none"
