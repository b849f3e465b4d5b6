(* let ... in extends as far right as possible; parentheses limit it. *)
let a = (let x = 1 in x) + 2
let b = 1 + let x = 2 in x * 10
let c = let x = 1 in let y = 2 in x + y
let d = (fun x -> x + 1) (let y = 3 in y)
let e = [ (let z = 5 in z); 6 ]
let f = if true then let q = 7 in q else 0
let g = (let x = 3 in x, x * 2)
let h = match let k = 2 in k with 2 -> "two" | _ -> "other"

let () =
  Printf.printf "%d %d %d %d\n" a b c d;
  List.iter (Printf.printf "%d ") e;
  print_newline ();
  Printf.printf "%d (%d,%d) %s\n" f (fst g) (snd g) h;
  let r = ref 0 in
  let x = 1 in r := x; Printf.printf "%d\n" !r
