(* status: 0 *)
(* Set.Make: union, inter, diff, subset, elements, partition. *)
module IS = Set.Make (Int)
module CS = Set.Make (Char)

let show s = String.concat " " (List.map string_of_int (IS.elements s))

let () =
  let a = IS.of_list [5; 3; 9; 1; 3; 7] and b = IS.of_list [2; 3; 4; 5] in
  Printf.printf "a: %s\nb: %s\n" (show a) (show b);
  Printf.printf "union: %s\ninter: %s\ndiff: %s\n" (show (IS.union a b)) (show (IS.inter a b)) (show (IS.diff a b));
  Printf.printf "subset %b %b\n" (IS.subset (IS.of_list [1; 9]) a) (IS.subset b a);
  let (ev, od) = IS.partition (fun x -> x mod 2 = 0) (IS.union a b) in
  Printf.printf "even %s odd %s\n" (show ev) (show od);
  Printf.printf "min %d max %d card %d\n" (IS.min_elt a) (IS.max_elt a) (IS.cardinal a);
  let primes = ref (IS.of_list (List.init 99 (fun i -> i + 2))) in
  for i = 2 to 10 do primes := IS.filter (fun x -> x = i || x mod i <> 0) !primes done;
  Printf.printf "primes: %s\n" (show !primes);
  let letters = CS.of_seq (String.to_seq "the quick brown fox jumps over the lazy dog") in
  Printf.printf "%d distinct chars: %s\n" (CS.cardinal letters) (String.of_seq (CS.to_seq letters));
  Printf.printf "%s\n" (match IS.find_first_opt (fun x -> x > 4) a with Some x -> string_of_int x | None -> "-")
