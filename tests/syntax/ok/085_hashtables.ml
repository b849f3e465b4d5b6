(* Word counting with Hashtbl. *)
let text = "the cat and the dog and the bird"

let count_words s =
  let tbl = Hashtbl.create 16 in
  List.iter (fun w ->
      let n = try Hashtbl.find tbl w with Not_found -> 0 in
      Hashtbl.replace tbl w (n + 1))
    (String.split_on_char ' ' s);
  tbl

let () =
  let tbl = count_words text in
  let pairs = Hashtbl.fold (fun k v acc -> (k, v) :: acc) tbl [] in
  let sorted = List.sort (fun (a, x) (b, y) -> if x <> y then compare y x else compare a b) pairs in
  List.iter (fun (w, n) -> Printf.printf "%s: %d\n" w n) sorted;
  Printf.printf "distinct: %d\n" (Hashtbl.length tbl);
  Hashtbl.remove tbl "the";
  Printf.printf "%b\n" (Hashtbl.mem tbl "the")
