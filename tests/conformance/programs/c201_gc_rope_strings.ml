(* status: 0 *)
(* A rope data structure: 10^5 concatenations, then flattening into one string. *)
type rope = Leaf of string | Cat of int * rope * rope

let len = function Leaf s -> String.length s | Cat (n, _, _) -> n
let cat a b = Cat (len a + len b, a, b)

let rec index r i = match r with
  | Leaf s -> s.[i]
  | Cat (_, a, b) -> let la = len a in if i < la then index a i else index b (i - la)

let flatten r =
  let b = Buffer.create (len r) in
  let rec go = function Leaf s -> Buffer.add_string b s | Cat (_, x, y) -> go x; go y in
  go r;
  Buffer.contents b

let rec balanced lo hi = if hi - lo = 1 then Leaf (string_of_int lo ^ ";") else
  let mid = (lo + hi) / 2 in cat (balanced lo mid) (balanced mid hi)

let () =
  let r = balanced 0 100_000 in
  Printf.printf "length %d\n" (len r);
  Printf.printf "chars at 0,10,1000: %c %c %c\n" (index r 0) (index r 10) (index r 1000);
  let s = flatten r in
  Printf.printf "flat length %d, tail %s\n" (String.length s) (String.sub s (String.length s - 12) 12);
  let left = ref (Leaf "") in
  for i = 1 to 20_000 do left := cat !left (Leaf (String.make 1 (Char.chr (97 + i mod 26)))) done;
  Printf.printf "left-deep length %d, char 12345 = %c\n" (len !left) (index !left 12345)
