(* status: 0 *)
(* Printing inside arguments interleaves with the caller's output. *)
let say s v = print_string s; v

let add3 a b c = a + b + c

let () =
  let r = add3 (say "a" 1) (say "b" 2) (say "c" 3) in
  Printf.printf " => %d\n" r;
  print_string (say "[inner]" "outer");
  print_newline ();
  let s = say "L" "left" ^ say "R" "right" in
  Printf.printf " => %s\n" s;
  let x = say "1" 1 :: say "2" 2 :: say "3" 3 :: [] in
  Printf.printf " => %d\n" (List.length x);
  let m = max (say "m1" 1) (say "m2" 2) in
  Printf.printf " => %d\n" m;
  let f = say "F" (fun x -> x + 1) in
  let v = f (say "X" 41) in
  Printf.printf " => %d\n" v;
  let g = (say "G" add3) (say "x" 1) in
  Printf.printf " partial;";
  Printf.printf " => %d\n" (g (say "y" 2) (say "z" 3))
