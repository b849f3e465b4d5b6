(* Matrices as arrays of arrays: multiplication, transpose, printing. *)
let make n m f = Array.init n (fun i -> Array.init m (fun j -> f i j))

let transpose a =
  let n = Array.length a and m = Array.length a.(0) in
  make m n (fun i j -> a.(j).(i))

let mul a b =
  let n = Array.length a and m = Array.length b.(0) and k = Array.length b in
  let c = Array.make_matrix n m 0 in
  for i = 0 to n - 1 do
    for j = 0 to m - 1 do
      for l = 0 to k - 1 do
        c.(i).(j) <- c.(i).(j) + a.(i).(l) * b.(l).(j)
      done
    done
  done;
  c

let print a =
  Array.iter (fun row ->
      print_endline (String.concat " " (Array.to_list (Array.map string_of_int row)))) a

let () =
  let a = make 2 3 (fun i j -> i + j) in
  let id = make 3 3 (fun i j -> if i = j then 1 else 0) in
  print (mul a id);
  print (transpose a);
  print (mul a (transpose a))
