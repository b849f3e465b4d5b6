(* status: 0 *)
(* Persistent data structure churn: many versions of lists and maps alive and dead. *)
module SM = Map.Make (String)

let () =
  let versions = Array.make 100 SM.empty in
  let m = ref SM.empty in
  for i = 0 to 99_999 do
    m := SM.add (string_of_int (i mod 5000)) i !m;
    if i mod 1000 = 0 then versions.(i / 1000) <- !m
  done;
  Printf.printf "final size %d\n" (SM.cardinal !m);
  Printf.printf "v0 %d v1 %d v50 %d v99 %d\n" (SM.cardinal versions.(0)) (SM.cardinal versions.(1))
    (SM.cardinal versions.(50)) (SM.cardinal versions.(99));
  Printf.printf "v50[\"7\"] = %d\n" (SM.find "7" versions.(50));
  let lists = Array.init 1000 (fun i -> List.init (i mod 100) (fun j -> (i, j))) in
  let total = Array.fold_left (fun acc l -> acc + List.length l) 0 lists in
  Printf.printf "total pairs %d\n" total;
  for r = 1 to 20 do Array.iteri (fun i l -> if (i + r) mod 7 = 0 then lists.(i) <- List.rev l) lists done;
  Printf.printf "lists.(7) head %s\n" (match lists.(7) with (a, b) :: _ -> Printf.sprintf "(%d,%d)" a b | [] -> "empty")
