(* let exception inside expressions *)
let find_first p l =
  let exception Found of int in
  try List.iter (fun x -> if p x then raise (Found x)) l; None
  with Found x -> Some x

let () =
  match find_first (fun x -> x > 2) [1; 2; 3; 4] with
  | Some x -> Printf.printf "%d\n" x
  | None -> print_endline "none"
