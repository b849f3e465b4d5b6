(* Variant type definitions: constant constructors, with arguments, tuples. *)
type color = Red | Green | Blue
type suit = | Hearts | Diamonds | Clubs | Spades
type card = Card of int * suit | Joker
type shape =
  | Circle of float
  | Rect of float * float
  | Triangle of (float * float * float)
type wrapped = Wrap of (int * int)

let color_name = function Red -> "red" | Green -> "green" | Blue -> "blue"

let area = function
  | Circle r -> 3.0 *. r *. r
  | Rect (w, h) -> w *. h
  | Triangle (a, b, c) ->
    let s = (a +. b +. c) /. 2. in
    sqrt (s *. (s -. a) *. (s -. b) *. (s -. c))

let card_value = function
  | Card (n, Hearts) -> n * 2
  | Card (n, (Diamonds | Clubs | Spades)) -> n
  | Joker -> 0

let unwrap (Wrap p) = fst p + snd p

let () =
  List.iter (fun c -> print_endline (color_name c)) [Red; Green; Blue];
  List.iter (fun s -> Printf.printf "%g\n" (area s))
    [Circle 1.; Rect (2., 3.); Triangle (3., 4., 5.)];
  Printf.printf "%d %d %d\n" (card_value (Card (5, Hearts))) (card_value (Card (5, Clubs))) (card_value Joker);
  Printf.printf "%d\n" (unwrap (Wrap (3, 4)))
