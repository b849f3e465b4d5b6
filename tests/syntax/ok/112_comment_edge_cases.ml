(* Comments with tricky contents: don't, it's, 'x', '\'', "a \" b". *)
let a = 1
(* a string with a comment closer inside "*)" and an escaped quote "\"*)" *)
let b = 2
(* quoted string inside comment {| "unbalanced |} and {tag| *) |tag} *)
let c = 3
(* a lone char ' and a char literal '"' *)
let d = 4
(* operators that look like comment delimiters: ( * ) and *) let e = 5
(* (* (* *) *) *) let f = 6
let g = ( * ) 2 3 (* the multiplication operator needs spaces *)
let h = "(*" ^ "*)"
let i = '*'
let j = 7 (*) this starts a comment, closed here *)

let () = Printf.printf "%d %d %d %d %d %d %d %s %c %d\n" a b c d e f g h i j
