(* status: 0 *)
(* Church numerals: functions as data. *)
let zero _f x = x
let succ n f x = f (n f x)
let add m n f x = m f (n f x)
let mul m n f = m (n f)
let to_int n = n (fun k -> k + 1) 0
let rec of_int k = if k = 0 then zero else succ (of_int (k - 1))

let () =
  let two = succ (succ zero) in
  let three f x = succ (succ (succ zero)) f x in
  Printf.printf "2=%d 3=%d\n" (to_int two) (to_int three);
  Printf.printf "2+3=%d\n" (to_int (add two three));
  Printf.printf "2*3=%d\n" (to_int (mul two three));
  let n = of_int 12 in
  Printf.printf "12*12=%d\n" (to_int (mul n n));
  let s = three (fun s -> s ^ "ab") "" in
  print_endline s;
  let l = (of_int 5) (fun l -> List.length l :: l) [] in
  List.iter (Printf.printf "%d;") l;
  print_newline ()
