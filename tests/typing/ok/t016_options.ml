(* Options *)
let safe_div a b = if b = 0 then None else Some (a / b)
let default d = function None -> d | Some x -> x
let map_opt f = function None -> None | Some x -> Some (f x)
let bind o f = match o with None -> None | Some x -> f x
let ( >>= ) = bind

let rec find_opt p = function
  | [] -> None
  | x :: xs -> if p x then Some x else find_opt p xs

let compute a b c = safe_div a b >>= fun q -> safe_div q c
let all_some l = List.for_all Option.is_some l
let values l = List.filter_map (fun x -> x) l
let first_even = find_opt (fun x -> x mod 2 = 0)

let () =
  Printf.printf "%d\n" (default 0 (compute 100 5 2));
  Printf.printf "%d\n" (default (-1) (compute 1 0 2));
  Printf.printf "%b %d\n" (all_some [Some 1; None]) (List.length (values [Some 1; None; Some 3]));
  print_endline (default "none" (map_opt string_of_int (first_even [1; 3; 4])));
  print_int (Option.get (Some 7));
  print_newline ()
