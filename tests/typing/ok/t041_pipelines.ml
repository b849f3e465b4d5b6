(* Pipelines with |> and @@ *)
let words text = String.split_on_char ' ' text |> List.filter (fun w -> w <> "")

let word_lengths text = words text |> List.map String.length

let longest text =
  words text
  |> List.fold_left (fun best w -> if String.length w > String.length best then w else best) ""

let average l =
  match l with
  | [] -> 0.0
  | _ -> float_of_int (List.fold_left ( + ) 0 l) /. float_of_int (List.length l)

let report text = Printf.sprintf "%d words, avg %.2f, longest %S"
    (List.length (words text)) (average (word_lengths text)) (longest text)

let apply_all fs x = List.fold_left ( |> ) x fs

let () =
  print_endline @@ report "the quick brown fox jumps";
  print_int @@ apply_all [succ; (fun x -> x * 3); pred] 4;
  print_newline ()
