(* status: 0 *)
(* Mutable records in a Hashtbl: a tiny bank ledger. *)
type acct = { id : int; mutable balance : int; mutable ops : int }

exception Insufficient of int

let bank = Hashtbl.create 16
let get id = match Hashtbl.find_opt bank id with
  | Some a -> a
  | None -> let a = { id; balance = 0; ops = 0 } in Hashtbl.add bank id a; a

let transfer src dst amt =
  let s = get src and d = get dst in
  if s.balance < amt then raise (Insufficient s.id);
  s.balance <- s.balance - amt; d.balance <- d.balance + amt;
  s.ops <- s.ops + 1; d.ops <- d.ops + 1

let () =
  (get 1).balance <- 1000;
  let failures = ref 0 in
  for i = 1 to 1000 do
    try transfer (i mod 5) ((i * 3) mod 5) (i mod 50) with Insufficient _ -> incr failures
  done;
  for id = 0 to 4 do
    let a = get id in Printf.printf "acct %d: balance %d ops %d\n" a.id a.balance a.ops
  done;
  let total = Hashtbl.fold (fun _ a acc -> acc + a.balance) bank 0 in
  Printf.printf "total %d failures %d\n" total !failures
