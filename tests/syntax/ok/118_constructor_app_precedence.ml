(* Constructor and function application versus commas, ::, and minus. *)
type t = A of int | B of int * int | C

let f x = x * 10
let l = [1; 2]

let p = Some 1, 2                 (* (Some 1, 2) *)
let q = B (1, 2)
let r = f 3 :: l                  (* (f 3) :: l *)
let s = Some 4 :: []              (* (Some 4) :: [] *)
let t = - f 2                     (* -(f 2) *)
let u = f 5 - 1                   (* (f 5) - 1 *)
let v = f (-1)
let w = A 1 :: A 2 :: [C]
let x = succ @@ f @@ 2
let y = f 2 * f 3
let z = Some (-5)

let show = function A n -> "A" ^ string_of_int n | B (a, b) -> Printf.sprintf "B(%d,%d)" a b | C -> "C"

let () =
  let (o, n) = p in
  Printf.printf "%d %d\n" (match o with Some k -> k | None -> 0) n;
  print_endline (show q);
  List.iter (Printf.printf "%d ") r; print_newline ();
  Printf.printf "%d %d %d %d %d\n" (List.length s) t u v x;
  print_endline (String.concat "," (List.map show w));
  Printf.printf "%d %d\n" y (match z with Some k -> k | None -> 0)
