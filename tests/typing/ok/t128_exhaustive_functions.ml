(* Functions defined by exhaustive pattern matching on several types *)
type suit = Hearts | Diamonds | Clubs | Spades
type card = Number of int * suit | Face of char * suit | Joker

let suit_of = function Number (_, s) | Face (_, s) -> Some s | Joker -> None
let is_red = function Some Hearts | Some Diamonds -> true | Some Clubs | Some Spades | None -> false
let value = function
  | Number (n, _) -> n
  | Face ('K', _) -> 13
  | Face ('Q', _) -> 12
  | Face (_, _) -> 11
  | Joker -> 0

let describe c =
  match (c, suit_of c) with
  | (Joker, _) -> "joker"
  | (_, Some s) -> Printf.sprintf "%d of %s" (value c) (match s with Hearts -> "hearts" | Diamonds -> "diamonds" | Clubs -> "clubs" | Spades -> "spades")
  | (_, None) -> "?"

let () =
  List.iter (fun c -> Printf.printf "%s %b\n" (describe c) (is_red (suit_of c))) [Number (7, Hearts); Face ('K', Spades); Joker]
