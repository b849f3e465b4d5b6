(* Mutable record fields and r.x <- v, including precedence with sequences. *)
type account = { owner : string; mutable balance : int; mutable history : int list }

type counter = { mutable count : int }

let deposit acc amount =
  acc.balance <- acc.balance + amount;
  acc.history <- amount :: acc.history

let withdraw acc amount =
  if amount > acc.balance then false
  else begin
    acc.balance <- acc.balance - amount;
    acc.history <- (-amount) :: acc.history;
    true
  end

let () =
  let acc = { owner = "dana"; balance = 0; history = [] } in
  deposit acc 100;
  deposit acc 50;
  Printf.printf "%b\n" (withdraw acc 30);
  Printf.printf "%b\n" (withdraw acc 1000);
  Printf.printf "%s: %d [%s]\n" acc.owner acc.balance
    (String.concat ";" (List.map string_of_int (List.rev acc.history)));
  let c = { count = 0 } in
  let flag = ref false in
  c.count <- 1 + 2 * 3; flag := true;
  Printf.printf "%d %b\n" c.count !flag;
  c.count <- if !flag then 10 else 20;
  Printf.printf "%d\n" c.count
