(* Word frequencies with Map.Make(String) *)
module Freq = Map.Make (String)

let normalize w = String.lowercase_ascii (String.trim w)

let frequencies text =
  String.split_on_char ' ' text
  |> List.map normalize
  |> List.filter (fun w -> w <> "")
  |> List.fold_left (fun m w -> Freq.update w (function None -> Some 1 | Some n -> Some (n + 1)) m) Freq.empty

let top n m =
  Freq.bindings m
  |> List.sort (fun (_, a) (_, b) -> compare b a)
  |> List.filteri (fun i _ -> i < n)

let () =
  let f = frequencies "the cat and the dog and THE bird" in
  List.iter (fun (w, n) -> Printf.printf "%s %d\n" w n) (top 2 f);
  Printf.printf "%d distinct\n" (Freq.cardinal f)
