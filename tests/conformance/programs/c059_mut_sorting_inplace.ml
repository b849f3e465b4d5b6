(* status: 0 *)
(* In-place quicksort and insertion sort on arrays, checked against Array.sort. *)
let swap a i j = let t = a.(i) in a.(i) <- a.(j); a.(j) <- t

let rec quicksort a lo hi =
  if lo < hi then begin
    let p = a.(hi) and i = ref lo in
    for j = lo to hi - 1 do if a.(j) < p then (swap a !i j; incr i) done;
    swap a !i hi;
    quicksort a lo (!i - 1);
    quicksort a (!i + 1) hi
  end

let insertion a =
  for i = 1 to Array.length a - 1 do
    let v = a.(i) and j = ref (i - 1) in
    while !j >= 0 && a.(!j) > v do a.(!j + 1) <- a.(!j); decr j done;
    a.(!j + 1) <- v
  done

let () =
  let seed = ref 42 in
  let rnd () = seed := (!seed * 69069 + 1) land 0xffffff; !seed mod 10000 in
  let a = Array.init 100_000 (fun _ -> rnd ()) in
  let b = Array.copy a and c = Array.sub a 0 2000 in
  quicksort a 0 (Array.length a - 1);
  Array.sort compare b;
  insertion c;
  Printf.printf "quick=builtin %b\n" (a = b);
  Printf.printf "insertion sorted %b\n" (c = Array.of_list (List.sort compare (Array.to_list (Array.sub c 0 2000))));
  Printf.printf "min %d median %d max %d\n" a.(0) a.(50_000) a.(99_999)
