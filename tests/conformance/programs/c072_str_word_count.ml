(* status: 0 *)
(* Word frequency count with Hashtbl and sorting. *)
let text = "the quick brown fox jumps over the lazy dog the dog barks and the fox runs \
            quick quick slow the end"

let () =
  let words = List.filter (fun w -> w <> "") (String.split_on_char ' ' text) in
  let h = Hashtbl.create 16 in
  List.iter (fun w -> Hashtbl.replace h w (1 + match Hashtbl.find_opt h w with Some n -> n | None -> 0)) words;
  let l = Hashtbl.fold (fun k v acc -> (k, v) :: acc) h [] in
  let l = List.sort (fun (a, x) (b, y) -> if x <> y then compare y x else compare a b) l in
  List.iter (fun (w, n) -> Printf.printf "%-6s %d\n" w n) l;
  Printf.printf "words %d distinct %d\n" (List.length words) (Hashtbl.length h);
  let longest = List.fold_left (fun acc w -> if String.length w > String.length acc then w else acc) "" words in
  Printf.printf "longest %s\n" longest
