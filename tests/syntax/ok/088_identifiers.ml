(* Identifier forms: primes, underscores, digits, capitals, keywords-as-prefix. *)
let x' = 1
let x'' = x' + 1
let _private = 3
let snake_case_name = 4
let camelCase = 5
let v1 = 6
let a_1_b_2 = 7
let letter = 8
let in_ = 9
let done_ = 10
let match' = 11
let then1 = 12
let iff = 13
let _' = 14

type my_type' = Con' of int | Con_2 | CONST

let value_of = function Con' n -> n | Con_2 -> 2 | CONST -> 0

let () =
  List.iter (Printf.printf "%d ")
    [x'; x''; _private; snake_case_name; camelCase; v1; a_1_b_2; letter;
     in_; done_; match'; then1; iff; _'; value_of (Con' 15); value_of Con_2; value_of CONST];
  print_newline ()
