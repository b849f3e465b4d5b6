(* if/then/else, nested, without else, and inside expressions. *)
let sign n = if n > 0 then 1 else if n < 0 then -1 else 0

let describe n =
  if n mod 2 = 0 then
    if n > 10 then "big even" else "small even"
  else "odd"

let max3 a b c =
  if a > b then (if a > c then a else c) else if b > c then b else c

let () =
  List.iter (fun n -> Printf.printf "%d " (sign n)) [-5; 0; 5];
  print_newline ();
  List.iter (fun n -> print_endline (describe n)) [4; 12; 7];
  Printf.printf "%d\n" (max3 1 9 4);
  if sign 3 = 1 then print_endline "positive";
  let v = 1 + if true then 2 else 3 in
  Printf.printf "%d\n" v;
  let w = (if false then 10 else 20) * 2 in
  Printf.printf "%d\n" w;
  if true then begin print_string "a"; print_string "b" end else print_string "c";
  print_newline ();
  if false then () else print_endline "else branch"
