(* status: 0 *)
(* A functor producing a memoizing cache keyed by a hashable type. *)
module type KEY = sig type t val equal : t -> t -> bool val hash : t -> int end

module Memo (K : KEY) = struct
  module H = Hashtbl.Make (K)
  let hits = ref 0
  let misses = ref 0
  let memoize f =
    let tbl = H.create 64 in
    let rec g x = match H.find_opt tbl x with
      | Some v -> incr hits; v
      | None -> incr misses; let v = f g x in H.add tbl x v; v in
    g
end

module PairKey = struct type t = int * int let equal = ( = ) let hash = Hashtbl.hash end
module M = Memo (PairKey)

let () =
  let paths = M.memoize (fun self (r, c) -> if r = 0 || c = 0 then 1 else self (r - 1, c) + self (r, c - 1)) in
  Printf.printf "grid paths 16x16 = %d\n" (paths (16, 16));
  Printf.printf "hits %d misses %d\n" !M.hits !M.misses;
  let lcs_a = "ACCGGTCGAGTGCGCGGAAGCCGGCCGAA" and lcs_b = "GTCGTTCGGAATGCCGTTGCTCTGTAAA" in
  let lcs = M.memoize (fun self (i, j) ->
    if i = String.length lcs_a || j = String.length lcs_b then 0
    else if lcs_a.[i] = lcs_b.[j] then 1 + self (i + 1, j + 1)
    else max (self (i + 1, j)) (self (i, j + 1))) in
  Printf.printf "lcs length %d\n" (lcs (0, 0))
