(* Rich pattern matching: nested, or-patterns, guards, aliases *)
type shape = Point | Circle of int | Rect of int * int

let classify = function
  | [] -> "empty"
  | [_] -> "singleton"
  | [x; y] when x = y -> "pair of equals"
  | _ :: _ :: _ -> "many"

let describe = function
  | Point | Circle 0 -> "dot"
  | Circle r when r < 10 -> "small circle"
  | Circle _ -> "circle"
  | Rect (w, h) when w = h -> "square"
  | Rect _ -> "rect"

let rec compress = function
  | a :: (b :: _ as rest) -> if a = b then compress rest else a :: compress rest
  | smaller -> smaller

let char_kind = function
  | 'a' .. 'z' -> "lower"
  | 'A' .. 'Z' -> "upper"
  | '0' .. '9' -> "digit"
  | _ -> "other"

let swap_if ((a, b) as p) = if a > b then (b, a) else p

let () =
  print_endline (classify [1; 1]);
  print_endline (describe (Rect (2, 2)));
  Printf.printf "%d\n" (List.length (compress [1; 1; 2; 2; 3]));
  print_endline (char_kind 'Q');
  let (a, b) = swap_if (3, 1) in
  Printf.printf "%d %d\n" a b
