(* :: is right associative, below + and above comparisons. *)
let a = 1 :: 2 :: 3 :: []
let b = 1 + 1 :: [3]
let c = 1 :: [2] @ [3]
let d = [] = 1 :: []
let e = 0 :: 1 :: [] = [0; 1]
let f = (1, 2) :: [(3, 4)]
let g = [1; 2] :: [[3]]
let h = ["x"] @ "y" :: ["z"]

let pr l = print_endline (String.concat " " (List.map string_of_int l))

let () =
  pr a; pr b; pr c;
  Printf.printf "%b %b\n" d e;
  Printf.printf "%d\n" (List.length f);
  Printf.printf "%d\n" (List.length (List.concat g));
  print_endline (String.concat "," h)
