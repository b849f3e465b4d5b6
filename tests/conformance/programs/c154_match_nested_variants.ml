(* status: 0 *)
(* Nested constructor patterns, wildcards and exhaustive matches. *)
type suit = Hearts | Diamonds | Clubs | Spades
type card = Num of int * suit | Face of char * suit | Joker

let color = function Hearts | Diamonds -> "red" | Clubs | Spades -> "black"
let describe = function
  | Num (1, s) -> "ace of " ^ color s
  | Num (n, Hearts) when n > 7 -> "high heart"
  | Num (n, _) when n mod 2 = 0 -> "even number " ^ string_of_int n
  | Num (n, s) -> Printf.sprintf "odd %d %s" n (color s)
  | Face ('K', (Spades | Clubs)) -> "black king"
  | Face (('Q' | 'J') as c, _) -> Printf.sprintf "face %c" c
  | Face (c, s) -> Printf.sprintf "other face %c (%s)" c (color s)
  | Joker -> "joker"

let () =
  List.iter (fun c -> print_endline (describe c))
    [Num (1, Spades); Num (9, Hearts); Num (4, Clubs); Num (7, Diamonds); Face ('K', Clubs);
     Face ('K', Hearts); Face ('Q', Spades); Face ('J', Diamonds); Joker]
