(* Top-level and local let, simultaneous bindings with and. *)
let x = 10
let y = 20
and z = 30

let sum = x + y + z

let a, b = 1, 2
let (c, d) = (3, 4)
let _ = ignore (a + b + c + d)

let swap =
  let x = y
  and y = x in
  (x, y)

let nested =
  let p = 1 in
  let q = p + 1 in
  let r =
    let s = q * 2 in
    s + 1
  in
  p + q + r

let () =
  Printf.printf "%d %d %d\n" x y z;
  Printf.printf "sum=%d\n" sum;
  Printf.printf "swap=(%d,%d)\n" (fst swap) (snd swap);
  Printf.printf "nested=%d\n" nested
