(* Top-level ;; separating definitions and top-level expressions. *)
let x = 1;;
let y = 2;;

print_endline "a top-level expression";;

Printf.printf "%d\n" (x + y);;

let z = x * 10
;;
let () = Printf.printf "%d\n" z;;
;;
List.iter print_endline ["one"; "two"]
;;
let w = 3 let v = 4;;
print_int (w + v); print_newline ()
