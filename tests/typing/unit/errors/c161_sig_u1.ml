let f x =
  let y = 1 in
  let z = 2 in
  let (a, b) = (1, 2) in
  let rec loop n = if n = 0 then 0 else loop (n - 1) in
  let _ignored = 3 in
  let g u = u in
  z + a + x
let h () = let rec aux n = aux n in 0
let k () = match 1 with v -> 0
let m () = let open List in 1
