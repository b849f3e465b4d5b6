(* status: 0 *)
(* Arrays of boxed values updated repeatedly: the write barrier at work. *)
type cell = { mutable v : int; mutable next : cell option }

let () =
  let n = 200_000 in
  let a = Array.init n (fun i -> { v = i; next = None }) in
  for i = 0 to n - 2 do a.(i).next <- Some a.(i + 1) done;
  for round = 1 to 5 do
    for i = 0 to n - 1 do
      if i mod round = 0 then a.(i) <- { v = a.(i).v + round; next = a.(i).next }
    done
  done;
  let s = Array.fold_left (fun acc c -> acc + c.v) 0 a in
  Printf.printf "sum %d\n" s;
  let rec walk c k = if k = 0 then c.v else match c.next with None -> c.v | Some c' -> walk c' (k - 1) in
  Printf.printf "walk %d\n" (walk a.(0) 1000);
  let strs = Array.make 1000 "" in
  for i = 0 to 99_999 do strs.(i mod 1000) <- string_of_int i done;
  Printf.printf "%s %s\n" strs.(0) strs.(999);
  let fl = Array.make 100_000 0.0 in
  for i = 0 to 99_999 do fl.(i) <- float i *. 0.5 done;
  Printf.printf "%.1f\n" (Array.fold_left ( +. ) 0.0 fl)
