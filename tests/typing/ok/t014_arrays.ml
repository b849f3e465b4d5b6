(* Arrays and for loops *)
let squares n = Array.init n (fun i -> i * i)

let sum a =
  let s = ref 0 in
  for i = 0 to Array.length a - 1 do
    s := !s + a.(i)
  done;
  !s

let reverse_in_place a =
  let n = Array.length a in
  for i = 0 to n / 2 - 1 do
    let t = a.(i) in
    a.(i) <- a.(n - 1 - i);
    a.(n - 1 - i) <- t
  done

let max_elt a = Array.fold_left max a.(0) a
let matrix = Array.make_matrix 3 4 0.0
let to_strings a = Array.map string_of_int a
let count p a = Array.fold_left (fun n x -> if p x then n + 1 else n) 0 a

let () =
  let a = squares 5 in
  reverse_in_place a;
  Printf.printf "%d %d %d\n" (sum a) (max_elt a) (count (fun x -> x > 3) a);
  matrix.(1).(2) <- 1.5;
  print_endline (String.concat "," (Array.to_list (to_strings a)));
  for i = 3 downto 1 do print_int i done;
  print_newline ()
