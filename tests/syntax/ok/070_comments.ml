(* Comments: (* nested *) comments, strings "with *) inside", chars. *)
let a = 1 (* trailing comment *)

(* A comment containing a string "*)" which does not close it. *)
let b = 2

(* Nested (* comment (* three levels *) deep *) still in comment *)
let c = 3

(* Char literals in comments: '"' and '\'' and '*' do not confuse the lexer. *)
let d = 4

(* A quoted string in a comment: {| *) |} and {id| *) |id} *)
let e = 5

(** A documentation comment. *)
let f = 6

(***)
let g = 7

(* multi-line
   comment with
   "a string spanning
    lines" *)
let h = (* inside an expression *) 8

let s = "not (* a comment *) inside a string"

let () =
  Printf.printf "%d %d %d %d %d %d %d %d\n" a b c d e f g h;
  print_endline s (* end *)
(* final comment at end of file *)
