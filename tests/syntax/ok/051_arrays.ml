(* Arrays: literals, a.(i), a.(i) <- v, nested indexing, Array functions. *)
let a = [| 1; 2; 3; 4; 5 |]
let empty : int array = [||]
let grid = [| [| 1; 2 |]; [| 3; 4 |] |]
let trailing = [| "x"; "y"; |]

let reverse_in_place arr =
  let n = Array.length arr in
  for i = 0 to n / 2 - 1 do
    let t = arr.(i) in
    arr.(i) <- arr.(n - 1 - i);
    arr.(n - 1 - i) <- t
  done

let () =
  Printf.printf "%d %d\n" a.(0) a.(Array.length a - 1);
  a.(2) <- a.(1) + a.(3) * 10;
  Printf.printf "%d\n" a.(2);
  reverse_in_place a;
  Array.iter (Printf.printf "%d ") a;
  print_newline ();
  grid.(1).(0) <- 30;
  Printf.printf "%d %d\n" grid.(1).(0) grid.(0).(1);
  Printf.printf "%d %d\n" (Array.length empty) (Array.length trailing);
  let b = Array.map (fun x -> x * x) a in
  Printf.printf "%d\n" (Array.fold_left ( + ) 0 b);
  let i = 1 in
  b.(i + 1) <- b.(i) - 1; print_endline (string_of_int b.(i + 1))
