(* The Int and Float modules *)
let clamp_all lo hi = List.map (fun x -> Int.max lo (Int.min hi x))
let abs_sum l = List.fold_left (fun acc x -> acc + Int.abs x) 0 l
let int_strings = List.map Int.to_string [1; -2; 30]
let as_floats = List.map Float.of_int [1; 2]
let float_strings = List.map Float.to_string [1.0; 0.5]
let roots = List.map Float.sqrt [4.0; 9.0]
let finite = Float.is_integer 3.0
let pieces x = (Float.floor x, Float.ceil x)
let eq = Int.equal 3 3
let cmp = Float.compare 1.0 2.0

let () =
  List.iter (Printf.printf "%d ") (clamp_all 0 10 [-5; 5; 15]);
  Printf.printf "%d %s\n" (abs_sum [-1; 2; -3]) (String.concat "," int_strings);
  Printf.printf "%s %s %b\n" (String.concat "," float_strings) (String.concat "," (List.map string_of_float roots)) finite;
  let (f, c) = pieces 2.5 in
  Printf.printf "%g %g %b %d %d\n" f c eq cmp (List.length as_floats)
