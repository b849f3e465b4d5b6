(* status: 0 *)
(* Millions of closure allocations in a pipeline of partial applications. *)
let () =
  let add x y = x + y in
  let acc = ref 0 in
  for i = 1 to 2_000_000 do
    let f = add i in
    let g = fun y -> f (y * 2) in
    acc := (!acc + g 1) land 0xffffff
  done;
  Printf.printf "acc %d\n" !acc;
  let fs = List.init 100_000 (fun i -> fun x -> x + i) in
  let composed = List.fold_left (fun acc f -> fun x -> f (acc x)) (fun x -> x) (List.filteri (fun i _ -> i < 1000) fs) in
  Printf.printf "composed %d\n" (composed 0);
  let total = List.fold_left (fun acc f -> acc + f 1) 0 fs in
  Printf.printf "total %d\n" total;
  let tbl = Hashtbl.create 16 in
  for i = 0 to 9999 do Hashtbl.replace tbl (i mod 100) (fun () -> i) done;
  Printf.printf "tbl 42 -> %d\n" ((Hashtbl.find tbl 42) ())
