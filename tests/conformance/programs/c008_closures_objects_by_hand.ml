(* status: 0 *)
(* Encoding objects with records of closures over shared mutable state. *)
type account = {
  deposit : int -> unit;
  withdraw : int -> bool;
  balance : unit -> int;
  history : unit -> int list;
}

let make_account initial =
  let bal = ref initial in
  let hist = ref [] in
  { deposit = (fun n -> bal := !bal + n; hist := n :: !hist);
    withdraw = (fun n -> if n > !bal then false else (bal := !bal - n; hist := (-n) :: !hist; true));
    balance = (fun () -> !bal);
    history = (fun () -> List.rev !hist) }

let () =
  let a = make_account 100 and b = make_account 0 in
  a.deposit 50;
  Printf.printf "%b\n" (a.withdraw 120);
  Printf.printf "%b\n" (a.withdraw 120);
  b.deposit 7;
  Printf.printf "a=%d b=%d\n" (a.balance ()) (b.balance ());
  List.iter (Printf.printf "%d ") (a.history ());
  print_newline ()
