(* Annotated recursive functions *)
let rec sum_list (l : int list) : int = match l with [] -> 0 | x :: xs -> x + sum_list xs

let rec find_map (f : 'a -> 'b option) (l : 'a list) : 'b option =
  match l with
  | [] -> None
  | x :: xs -> (match f x with Some _ as r -> r | None -> find_map f xs)

let rec zip_with (f : 'a -> 'b -> 'c) (a : 'a list) (b : 'b list) : 'c list =
  match (a, b) with
  | (x :: xs, y :: ys) -> f x y :: zip_with f xs ys
  | _ -> []

let rec ackermann (m : int) (n : int) : int =
  if m = 0 then n + 1 else if n = 0 then ackermann (m - 1) 1 else ackermann (m - 1) (ackermann m (n - 1))

let () =
  Printf.printf "%d %d\n" (sum_list [1; 2; 3]) (ackermann 2 3);
  (match find_map (fun x -> if x > 1 then Some (string_of_int x) else None) [1; 2; 3] with Some s -> print_endline s | None -> ());
  List.iter print_endline (zip_with (fun a b -> a ^ b) ["a"; "b"] ["1"; "2"])
