(* status: 0 *)
(* Partial application and over-application of multi-argument functions. *)
let f3 a b c = a * 100 + b * 10 + c
let ret_fun a = fun b -> fun c -> a - b - c
let choose b = if b then ( + ) else ( - )
let apply_all fs x = List.map (fun f -> f x) fs

let () =
  let p1 = f3 1 in
  let p2 = p1 2 in
  Printf.printf "%d %d %d\n" (p2 3) (p1 4 5) (f3 6 7 8);
  Printf.printf "%d\n" (ret_fun 10 1 2);
  Printf.printf "%d %d\n" (choose true 3 4) (choose false 3 4);
  let id x = x in
  Printf.printf "%d\n" (id id id f3 1 1 1);
  let l = apply_all [f3 1 2; f3 0 0; (fun c -> c)] 9 in
  List.iter (Printf.printf "%d\n") l;
  let k = List.map f3 [1; 2] in
  let k2 = List.map (fun g -> g 0) k in
  Printf.printf "%d\n" (List.fold_left (fun acc g -> acc + g 1) 0 k2);
  let flip f a b = f b a in
  Printf.printf "%d\n" (flip ( - ) 1 10)
