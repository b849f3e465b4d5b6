(* Polymorphic comparison and equality *)
type suit = Clubs | Diamonds | Hearts | Spades
type card = { rank : int; suit : suit }

let cards = [{ rank = 12; suit = Hearts }; { rank = 3; suit = Spades }; { rank = 12; suit = Clubs }]

let by_rank a b = compare a.rank b.rank
let sorted = List.sort compare cards
let max_card = List.fold_left max (List.hd cards) cards
let same a b = a = b
let physically_same a b = a == b
let distinct l = List.sort_uniq compare l
let min_pair = min (1, "b") (1, "a")

let () =
  List.iter (fun c -> Printf.printf "%d " c.rank) sorted;
  Printf.printf "| %d %b %b %d\n" max_card.rank (same [1; 2] [1; 2]) (physically_same "a" "b") (List.length (distinct [3; 1; 3]));
  print_endline (snd min_pair);
  ignore (List.sort by_rank cards)
