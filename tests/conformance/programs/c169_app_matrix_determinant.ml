(* status: 0 *)
(* Rational arithmetic with ints and determinants by Gaussian elimination. *)
let rec gcd a b = if b = 0 then abs a else gcd b (a mod b)
let norm (n, d) = let g = gcd n d in let g = if d < 0 then -g else g in (n / g, d / g)
let ( +/ ) (a, b) (c, d) = norm (a * d + c * b, b * d)
let ( -/ ) (a, b) (c, d) = norm (a * d - c * b, b * d)
let ( */ ) (a, b) (c, d) = norm (a * c, b * d)
let ( // ) (a, b) (c, d) = norm (a * d, b * c)
let show (n, d) = if d = 1 then string_of_int n else Printf.sprintf "%d/%d" n d

let det m =
  let n = Array.length m in
  let a = Array.map (Array.map (fun x -> (x, 1))) m in
  let d = ref (1, 1) in
  (try
    for i = 0 to n - 1 do
      let p = ref i in
      while !p < n && fst a.(!p).(i) = 0 do incr p done;
      if !p = n then (d := (0, 1); raise Exit);
      if !p <> i then (let t = a.(i) in a.(i) <- a.(!p); a.(!p) <- t; d := (0, 1) -/ !d);
      d := !d */ a.(i).(i);
      for r = i + 1 to n - 1 do
        let f = a.(r).(i) // a.(i).(i) in
        for c = i to n - 1 do a.(r).(c) <- a.(r).(c) -/ (f */ a.(i).(c)) done
      done
    done
  with Exit -> ());
  !d

let () =
  print_endline (show (det [| [|2; 0; 1|]; [|1; 3; 2|]; [|1; 1; 1|] |]));
  print_endline (show (det [| [|0; 1|]; [|1; 0|] |]));
  print_endline (show (det [| [|1; 2; 3|]; [|4; 5; 6|]; [|7; 8; 9|] |]));
  print_endline (show (det (Array.init 6 (fun i -> Array.init 6 (fun j -> 1 + (i * j + i + j) mod 7)))));
  print_endline (show ((1, 3) +/ (1, 6)) ^ " " ^ show ((3, 4) // (9, 8)))
