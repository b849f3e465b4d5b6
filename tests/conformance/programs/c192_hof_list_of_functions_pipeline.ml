(* status: 0 *)
(* A pipeline of string transformations stored in a list and applied with fold. *)
let trim_stars s =
  let n = String.length s in
  let i = ref 0 and j = ref (n - 1) in
  while !i < n && s.[!i] = '*' do incr i done;
  while !j >= !i && s.[!j] = '*' do decr j done;
  String.sub s !i (!j - !i + 1)

let steps = [
  ("trim", String.trim);
  ("stars", trim_stars);
  ("lower", String.lowercase_ascii);
  ("dedup spaces", fun s -> String.concat " " (List.filter (( <> ) "") (String.split_on_char ' ' s)));
  ("capitalize", String.capitalize_ascii);
  ("exclaim", fun s -> s ^ "!") ]

let () =
  let input = "   ***HELLO    Functional   WORLD***   " in
  let final = List.fold_left (fun s (name, f) ->
    let r = f s in Printf.printf "%-14s %S\n" name r; r) input steps in
  print_endline final;
  let all = List.fold_left (fun acc (_, f) -> fun s -> f (acc s)) Fun.id steps in
  print_endline (all "  **a  b**  ");
  Printf.printf "%d steps\n" (List.length steps)
