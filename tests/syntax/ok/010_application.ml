(* Function application binds tighter than any infix operator. *)
let f x = x * 10
let g x y = x - y
let h = fun x -> fun y -> x * y

let r1 = f 1 + f 2
let r2 = g 10 3 * 2
let r3 = f (g 5 1)
let r4 = h 2 3 + h 4 5
let r5 = List.length [1; 2; 3] + 1
let r6 = String.make 3 'x' ^ String.make 2 'y'
let r7 = max (f 1) (f 2)
let r8 = (fun x -> x + 1) 41
let r9 = (if true then f else succ) 4
let r10 = fst (1, 2) + snd (3, 4)

let () =
  List.iter (Printf.printf "%d\n") [r1; r2; r3; r4; r5; r7; r8; r9; r10];
  print_endline r6
