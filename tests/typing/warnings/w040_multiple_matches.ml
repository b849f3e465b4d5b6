type suit = Hearts | Diamonds | Clubs | Spades

let color = function
  | Hearts | Diamonds -> "red"
  | Clubs -> "black"

let rank n =
  match n with
  | 1 -> "ace"
  | n when n <= 10 -> string_of_int n
  | 11 -> "jack"
  | 12 -> "queen"
  | 13 -> "king"
  | _ -> "?"

let symbol = function
  | Hearts -> 'H'
  | Diamonds -> 'D'
  | Clubs -> 'C'
  | Spades -> 'S'
  | Hearts -> 'h'
