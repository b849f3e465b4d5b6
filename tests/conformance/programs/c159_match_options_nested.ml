(* status: 0 *)
(* Options within options, tuples of options, and list of options. *)
let combine a b = match a, b with
  | Some x, Some y -> Some (x + y)
  | Some x, None | None, Some x -> Some x
  | None, None -> None

let deep = function
  | Some (Some (Some x)) -> Printf.sprintf "three levels %d" x
  | Some (Some None) -> "two levels, empty inside"
  | Some None -> "one level, empty"
  | None -> "nothing"

let show = function Some x -> string_of_int x | None -> "-"

let () =
  List.iter (fun (a, b) -> print_string (show (combine a b) ^ " ")) [(Some 1, Some 2); (Some 5, None); (None, Some 7); (None, None)];
  print_newline ();
  List.iter (fun x -> print_endline (deep x)) [Some (Some (Some 3)); Some (Some None); Some None; None];
  let l = [Some 1; None; Some 3; None; Some 5] in
  let rec sum_opts = function [] -> 0 | Some x :: r -> x + sum_opts r | None :: r -> sum_opts r in
  Printf.printf "%d\n" (sum_opts l);
  let rec firsts = function (Some a, _) :: r -> a :: firsts r | (None, b) :: r -> b :: firsts r | [] -> [] in
  print_endline (String.concat "," (List.map string_of_int (firsts [(Some 1, 9); (None, 8); (Some 3, 7)])))
