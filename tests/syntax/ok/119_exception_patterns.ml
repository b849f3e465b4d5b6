(* exception patterns inside match *)
let lookup key table =
  match List.assoc key table with
  | value -> "found " ^ value
  | exception Not_found -> "missing " ^ key

let () =
  let table = [("a", "apple"); ("b", "banana")] in
  print_endline (lookup "a" table);
  print_endline (lookup "z" table)
