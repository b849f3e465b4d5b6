(* Trailing semicolons in sequences, lists, records, arrays. *)
type r = { a : int; b : int; }

let l = [1; 2; 3;]
let arr = [| 4; 5; |]
let rc = { a = 1; b = 2; }

let f () =
  print_string "x";
  print_string "y";
  print_newline ();
;;

let g () =
  begin
    print_string "in begin";
    print_newline ();
  end

let h () = (print_endline "parens";)

let () =
  f ();
  g ();
  h ();
  Printf.printf "%d %d %d\n" (List.length l) (Array.length arr) (rc.a + rc.b);
  for i = 1 to 2 do print_int i; done;
  print_newline ();
