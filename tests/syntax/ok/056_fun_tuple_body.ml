(* fun bodies extend right: fun x -> x, y is fun x -> (x, y). *)
let y = 100
let f = fun x -> x, y
let g = List.map (fun x -> x + 1, x * 2) [1; 2]
let h = fun a b -> a; b
let k = (fun x -> x) , 3
let compose = fun f g x -> f (g x)

let () =
  let (p, q) = f 1 in
  Printf.printf "%d %d\n" p q;
  List.iter (fun (a, b) -> Printf.printf "%d %d\n" a b) g;
  Printf.printf "%s\n" (h () "b");
  let (id, n) = k in
  Printf.printf "%d\n" (id n);
  Printf.printf "%d\n" (compose succ succ 0);
  List.iter (fun x -> print_int x; print_char ' ') [1; 2; 3]; print_newline ()
