(* status: 0 *)
(* Or-patterns binding variables, aliases, char ranges, constants. *)
type shape = Circle of int | Square of int | Rect of int * int

let size = function
  | Circle r | Square r -> r
  | Rect (w, h) -> max w h

let dims = function
  | (Circle n | Square n) as s -> Printf.sprintf "%s of %d" (match s with Circle _ -> "circle" | _ -> "square") n
  | Rect (w, h) as r -> Printf.sprintf "rect %dx%d (size %d)" w h (size r)

let token c = match c with
  | '0' .. '9' as d -> Printf.sprintf "digit(%c)" d
  | 'a' .. 'f' | 'A' .. 'F' -> "hexletter"
  | 'g' .. 'z' | 'G' .. 'Z' -> "letter"
  | '+' | '-' | '*' | '/' -> "op"
  | _ -> "other"

let () =
  List.iter (fun s -> print_endline (dims s)) [Circle 3; Square 4; Rect (2, 7)];
  String.iter (fun c -> Printf.printf "%s " (token c)) "7bZ+ q";
  print_newline ();
  let month_days = function
    | 1 | 3 | 5 | 7 | 8 | 10 | 12 -> 31
    | 4 | 6 | 9 | 11 -> 30
    | 2 -> 28
    | _ -> 0 in
  Printf.printf "%d\n" (List.fold_left (fun acc m -> acc + month_days m) 0 (List.init 12 succ));
  match "hello" with "world" -> print_endline "w" | "hello" as h -> print_endline (h ^ "!") | _ -> ()
