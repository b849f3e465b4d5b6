(* status: 0 *)
(* Word wrapping and justification of a paragraph. *)
let text = "OCaml is a general-purpose, multi-paradigm programming language which extends the Caml dialect of ML with object-oriented features. OCaml was created in 1996 by Xavier Leroy, Jerome Vouillon, Damien Doligez, Didier Remy, Ascander Suarez, and others."

let wrap width words =
  let lines = ref [] and cur = ref [] and len = ref 0 in
  List.iter (fun w ->
    let wl = String.length w in
    if !cur <> [] && !len + 1 + wl > width then (lines := List.rev !cur :: !lines; cur := []; len := 0);
    len := (if !cur = [] then wl else !len + 1 + wl);
    cur := w :: !cur) words;
  if !cur <> [] then lines := List.rev !cur :: !lines;
  List.rev !lines

let justify width words =
  match words with
  | [] | [_] -> String.concat " " words
  | _ ->
    let total = List.fold_left (fun a w -> a + String.length w) 0 words in
    let gaps = List.length words - 1 in
    let spaces = width - total in
    String.concat "" (List.mapi (fun i w ->
      if i = 0 then w else String.make (spaces / gaps + (if i <= spaces mod gaps then 1 else 0)) ' ' ^ w) words)

let () =
  let words = String.split_on_char ' ' text in
  let lines = wrap 40 words in
  List.iter (fun l -> Printf.printf "|%-40s|\n" (String.concat " " l)) lines;
  print_endline (String.make 42 '-');
  List.iteri (fun i l -> Printf.printf "|%s|\n" (if i = List.length lines - 1 then Printf.sprintf "%-40s" (String.concat " " l) else justify 40 l)) lines
