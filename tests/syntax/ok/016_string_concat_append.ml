(* ^ and @ are right associative and at the same level as each other. *)
let s = "a" ^ "b" ^ "c"
let l = [1] @ [2] @ [3]
let m = 0 :: [1] @ [2]
let n = 1 :: 2 :: [] @ [3]
let p = "x" ^ string_of_int (1 + 2) ^ "y"
let q = [1; 2] @ List.map (fun x -> x * 10) [3; 4]

let show l = String.concat ";" (List.map string_of_int l)

let () =
  print_endline s;
  print_endline (show l);
  print_endline (show m);
  print_endline (show n);
  print_endline p;
  print_endline (show q);
  print_endline ("len=" ^ string_of_int (String.length s) ^ "!")
