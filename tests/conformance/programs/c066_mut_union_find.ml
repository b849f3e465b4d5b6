(* status: 0 *)
(* Union-find with path compression over 10^5 elements. *)
let parent = Array.init 100_000 (fun i -> i)
let rank = Array.make 100_000 0

let rec find x = if parent.(x) = x then x else (let r = find parent.(x) in parent.(x) <- r; r)
let union a b =
  let ra = find a and rb = find b in
  if ra <> rb then begin
    if rank.(ra) < rank.(rb) then parent.(ra) <- rb
    else if rank.(ra) > rank.(rb) then parent.(rb) <- ra
    else (parent.(rb) <- ra; rank.(ra) <- rank.(ra) + 1)
  end

let () =
  for i = 0 to 99_998 do if i mod 7 <> 0 then union i (i + 1) done;
  for i = 0 to 49_999 do if i mod 1001 = 0 then union i (99_999 - i) done;
  let roots = ref 0 in
  Array.iteri (fun i _ -> if find i = i then incr roots) parent;
  Printf.printf "components %d\n" !roots;
  Printf.printf "same 0 6: %b, same 6 7: %b, same 0 99999: %b\n" (find 0 = find 6) (find 6 = find 7) (find 0 = find 99_999);
  let maxr = Array.fold_left max 0 rank in
  Printf.printf "max rank %d\n" maxr
