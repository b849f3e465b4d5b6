(* status: 0 *)
(* Grouping and counting with Hashtbl: anagram classes. *)
let key w = let a = Array.init (String.length w) (String.get w) in Array.sort compare a; String.init (Array.length a) (Array.get a)

let words = ["listen"; "silent"; "enlist"; "google"; "inlets"; "banana"; "gogole"; "tinsel"; "abc"; "cab"; "bca"; "xyz"]

let () =
  let h = Hashtbl.create 16 in
  List.iter (fun w -> let k = key w in Hashtbl.replace h k (w :: (try Hashtbl.find h k with Not_found -> []))) words;
  let groups = Hashtbl.fold (fun k v acc -> (k, List.sort compare v) :: acc) h [] in
  let groups = List.sort (fun (_, a) (_, b) -> compare (List.length b, a) (List.length a, b)) groups in
  List.iter (fun (k, v) -> Printf.printf "%s: %s\n" k (String.concat " " v)) groups;
  Printf.printf "%d classes\n" (Hashtbl.length h);
  let big = Hashtbl.create 16 in
  for i = 0 to 99_999 do
    let k = key (string_of_int i) in
    Hashtbl.replace big k (1 + try Hashtbl.find big k with Not_found -> 0)
  done;
  Printf.printf "digit multisets: %d, count for \"01234\": %d\n" (Hashtbl.length big) (Hashtbl.find big "01234")
