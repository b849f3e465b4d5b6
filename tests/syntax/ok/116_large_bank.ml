(* A bank-account simulation: records with mutable fields, exceptions,
   a transaction log, interest, transfers and an audit at the end. *)

type currency = EUR | USD | GBP

type account_kind =
  | Checking of int                 (* overdraft limit *)
  | Savings of float
  | Frozen

type account = {
  number : int;
  holder : string;
  currency : currency;
  mutable balance : int;           (* in cents *)
  mutable kind : account_kind;
  mutable history : transaction list;
}

and transaction =
  | Deposit of int
  | Withdrawal of int
  | Transfer_in of int * int       (* from account, amount *)
  | Transfer_out of int * int      (* to account, amount *)
  | Interest of int
  | Fee of string * int

exception Insufficient_funds of int * int   (* account, missing cents *)
exception Account_frozen of int
exception Unknown_account of int
exception Currency_mismatch of currency * currency

let currency_code = function EUR -> "EUR" | USD -> "USD" | GBP -> "GBP"

let format_cents c =
  let sign = if c < 0 then "-" else "" in
  let c = abs c in
  Printf.sprintf "%s%d.%02d" sign (c / 100) (c mod 100)

let describe_tx = function
  | Deposit n -> "deposit " ^ format_cents n
  | Withdrawal n -> "withdrawal " ^ format_cents n
  | Transfer_in (src, n) -> Printf.sprintf "transfer from #%d %s" src (format_cents n)
  | Transfer_out (dst, n) -> Printf.sprintf "transfer to #%d %s" dst (format_cents n)
  | Interest n -> "interest " ^ format_cents n
  | Fee (why, n) -> Printf.sprintf "fee (%s) %s" why (format_cents n)

(* ---------- The bank ---------- *)

type bank = {
  name : string;
  mutable accounts : account list;
  mutable next_number : int;
  mutable fees_collected : int;
}

let create_bank name = { name; accounts = []; next_number = 1000; fees_collected = 0 }

let open_account bank holder currency kind =
  let acc = {
    number = bank.next_number;
    holder;
    currency;
    balance = 0;
    kind;
    history = [];
  } in
  bank.next_number <- bank.next_number + 1;
  bank.accounts <- bank.accounts @ [acc];
  acc

let find bank number =
  match List.find_opt (fun a -> a.number = number) bank.accounts with
  | Some a -> a
  | None -> raise (Unknown_account number)

let record acc tx = acc.history <- tx :: acc.history

let check_active acc =
  match acc.kind with
  | Frozen -> raise (Account_frozen acc.number)
  | Checking _ | Savings _ -> ()

let available acc =
  match acc.kind with
  | Checking overdraft -> acc.balance + overdraft
  | Savings _ | Frozen -> acc.balance

let deposit acc amount =
  if amount <= 0 then invalid_arg "deposit: amount must be positive";
  check_active acc;
  acc.balance <- acc.balance + amount;
  record acc (Deposit amount)

let withdraw acc amount =
  check_active acc;
  let avail = available acc in
  if amount > avail then raise (Insufficient_funds (acc.number, amount - avail));
  acc.balance <- acc.balance - amount;
  record acc (Withdrawal amount)

let transfer bank src_no dst_no amount =
  let src = find bank src_no and dst = find bank dst_no in
  if src.currency <> dst.currency then raise (Currency_mismatch (src.currency, dst.currency));
  check_active src;
  check_active dst;
  if amount > available src then
    raise (Insufficient_funds (src.number, amount - available src));
  src.balance <- src.balance - amount;
  dst.balance <- dst.balance + amount;
  record src (Transfer_out (dst_no, amount));
  record dst (Transfer_in (src_no, amount))

let charge_fee bank acc why amount =
  acc.balance <- acc.balance - amount;
  bank.fees_collected <- bank.fees_collected + amount;
  record acc (Fee (why, amount))

let apply_interest acc =
  match acc.kind with
  | Savings rate when acc.balance > 0 ->
    let interest = int_of_float (float_of_int acc.balance *. rate) in
    if interest > 0 then begin
      acc.balance <- acc.balance + interest;
      record acc (Interest interest)
    end
  | Savings _ | Checking _ | Frozen -> ()

let month_end bank =
  List.iter
    (fun acc ->
       apply_interest acc;
       match acc.kind with
       | Checking _ when acc.balance < 0 -> charge_fee bank acc "overdrawn" 500
       | _ -> ())
    bank.accounts

(* ---------- Reporting ---------- *)

let statement acc =
  Printf.printf "Account #%d (%s, %s)\n" acc.number acc.holder (currency_code acc.currency);
  List.iter (fun tx -> Printf.printf "  %s\n" (describe_tx tx)) (List.rev acc.history);
  Printf.printf "  balance: %s\n" (format_cents acc.balance)

let audit bank =
  (* the sum of the history must explain the balance *)
  let replay acc =
    List.fold_left
      (fun bal tx ->
         match tx with
         | Deposit n | Transfer_in (_, n) | Interest n -> bal + n
         | Withdrawal n | Transfer_out (_, n) | Fee (_, n) -> bal - n)
      0 (List.rev acc.history)
  in
  List.for_all (fun acc -> replay acc = acc.balance) bank.accounts

let totals bank =
  let add (e, u, g) acc =
    match acc.currency with
    | EUR -> (e + acc.balance, u, g)
    | USD -> (e, u + acc.balance, g)
    | GBP -> (e, u, g + acc.balance)
  in
  List.fold_left add (0, 0, 0) bank.accounts

(* ---------- Simulation ---------- *)

let attempt label f =
  try f (); Printf.printf "[ok]   %s\n" label with
  | Insufficient_funds (n, missing) ->
    Printf.printf "[fail] %s: account #%d lacks %s\n" label n (format_cents missing)
  | Account_frozen n -> Printf.printf "[fail] %s: account #%d is frozen\n" label n
  | Unknown_account n -> Printf.printf "[fail] %s: no account #%d\n" label n
  | Currency_mismatch (a, b) ->
    Printf.printf "[fail] %s: %s vs %s\n" label (currency_code a) (currency_code b)
  | Invalid_argument msg -> Printf.printf "[fail] %s: %s\n" label msg

let () =
  let bank = create_bank "Robur Savings & Loan" in
  let alice = open_account bank "Alice" EUR (Checking 10_000) in
  let bob = open_account bank "Bob" EUR (Savings 0.015) in
  let carol = open_account bank "Carol" USD (Checking 0) in
  let dave = open_account bank "Dave" EUR (Savings 0.02) in
  attempt "alice deposits 250.00" (fun () -> deposit alice 25_000);
  attempt "bob deposits 1000.00" (fun () -> deposit bob 100_000);
  attempt "carol deposits 80.00" (fun () -> deposit carol 8_000);
  attempt "dave deposits 5.00" (fun () -> deposit dave 500);
  attempt "alice withdraws 300.00" (fun () -> withdraw alice 30_000);
  attempt "alice withdraws 100.00" (fun () -> withdraw alice 10_000);
  attempt "carol withdraws 100.00" (fun () -> withdraw carol 10_000);
  attempt "bob -> alice 120.00" (fun () -> transfer bank bob.number alice.number 12_000);
  attempt "bob -> carol 1.00" (fun () -> transfer bank bob.number carol.number 100);
  attempt "bob -> #9999" (fun () -> transfer bank bob.number 9999 100);
  attempt "negative deposit" (fun () -> deposit dave (-5));
  dave.kind <- Frozen;
  attempt "deposit into frozen" (fun () -> deposit dave 100);
  attempt "transfer to frozen" (fun () -> transfer bank bob.number dave.number 100);
  dave.kind <- Savings 0.02;
  alice.balance <- alice.balance;
  month_end bank;
  attempt "alice withdraws 10.00" (fun () -> withdraw alice 1_000);
  month_end bank;
  List.iter statement bank.accounts;
  let (e, u, g) = totals bank in
  Printf.printf "totals: EUR %s, USD %s, GBP %s\n" (format_cents e) (format_cents u) (format_cents g);
  Printf.printf "fees collected: %s\n" (format_cents bank.fees_collected);
  Printf.printf "audit %s\n" (if audit bank then "passed" else "FAILED");
  Printf.printf "%s has %d accounts\n" bank.name (List.length bank.accounts)
