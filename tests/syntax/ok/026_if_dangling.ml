(* Dangling-else and if-then followed by a sequence. *)
let out = ref []
let emit s = out := s :: !out

let test a b =
  if a then if b then emit "a&b" else emit "a&!b";
  emit "after"

let test2 a =
  if a then emit "x"; emit "y"

let test3 a = if a then (emit "p"; emit "q")

let test4 a b = if a then emit "1" else if b then emit "2" else emit "3"; emit "end"

let () =
  test true true; test true false; test false true;
  test2 true; test2 false;
  test3 true; test3 false;
  test4 false true; test4 false false;
  print_endline (String.concat " " (List.rev !out))
