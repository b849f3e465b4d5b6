(* Seq, Fun and Int/Float modules *)
let rec naturals n () = Seq.Cons (n, naturals (n + 1))

let take n s =
  let rec go n s acc =
    if n = 0 then List.rev acc
    else match s () with
      | Seq.Nil -> List.rev acc
      | Seq.Cons (x, rest) -> go (n - 1) rest (x :: acc)
  in
  go n s []

let evens = Seq.filter (fun x -> x mod 2 = 0) (naturals 0)
let doubled = Seq.map (fun x -> x * 2) (List.to_seq [1; 2; 3])
let total = Seq.fold_left ( + ) 0 doubled

let always_zero = Fun.const 0
let flipped_sub = Fun.flip ( - )
let clamp x = Int.max 0 (Int.min 100 x)
let rounded = Float.round 2.6
let absolute = Float.abs (-3.5)

let () =
  List.iter (Printf.printf "%d ") (take 4 evens);
  print_newline ();
  Printf.printf "%d %d %d %d\n" total (always_zero "x") (flipped_sub 1 10) (clamp 200);
  Printf.printf "%.1f %.1f %s\n" rounded absolute (Int.to_string 42)
