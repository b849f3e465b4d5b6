(* Local let rec ... and ... in expressions. *)
let collatz_max n =
  let rec steps k acc = if k = 1 then acc else steps (next k) (acc + 1)
  and next k = if k mod 2 = 0 then k / 2 else 3 * k + 1 in
  let rec go i best = if i > n then best else go (i + 1) (max best (steps i 0)) in
  go 1 0

let parse_digits s =
  let n = String.length s in
  let rec digits i acc =
    if i >= n then acc
    else match s.[i] with
      | '0'..'9' as c -> digits (i + 1) (acc * 10 + Char.code c - 48)
      | _ -> skip (i + 1) acc
  and skip i acc = if i >= n then acc else digits i acc in
  digits 0 0

let () =
  Printf.printf "%d\n" (collatz_max 30);
  Printf.printf "%d\n" (parse_digits "a1b2c3");
  let rec is_even n = n = 0 || is_odd (n - 1)
  and is_odd n = n <> 0 && is_even (n - 1) in
  Printf.printf "%b %b\n" (is_even 10) (is_odd 10)
