(* User-defined infix and prefix operators, operators as values. *)
let ( +! ) a b = a + b + 1
let ( *! ) a b = a * b * 2
let ( |>> ) x f = f (f x)
let ( <+> ) (a, b) (c, d) = (a + c, b + d)
let ( @@@ ) l1 l2 = l1 @ l2 @ l1
let ( ^^ ) s n = String.concat "" (List.init n (fun _ -> s))
let ( !- ) x = -x
let ( ?! ) b = not b
let ( ~+ ) x = x + 100
let ( ** ) a b = a * b * b
let ( %% ) a b = ((a mod b) + b) mod b
let ( =~ ) a b = String.lowercase_ascii a = String.lowercase_ascii b
let ( && ) a b = a || b
let ( && ) = Stdlib.( && )

let () =
  Printf.printf "%d\n" (1 +! 2 *! 3);
  Printf.printf "%d\n" (3 |>> succ);
  let (x, y) = (1, 2) <+> (3, 4) <+> (5, 6) in
  Printf.printf "%d %d\n" x y;
  Printf.printf "%d\n" (List.length ([1] @@@ [2]));
  print_endline ("ab" ^^ 3);
  Printf.printf "%d %b %d\n" (!- 5) (?! true) (~+ 1);
  Printf.printf "%d\n" (2 ** 3);
  Printf.printf "%d\n" (-7 %% 3);
  Printf.printf "%b\n" ("Hello" =~ "hELLO")
