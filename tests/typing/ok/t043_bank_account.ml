(* A bank account module with an abstract type and exceptions *)
module Account : sig
  type t
  exception Insufficient_funds of int
  val open_account : string -> t
  val deposit : t -> int -> unit
  val withdraw : t -> int -> unit
  val balance : t -> int
  val owner : t -> string
  val history : t -> (string * int) list
end = struct
  type t = { owner : string; mutable balance : int; mutable log : (string * int) list }
  exception Insufficient_funds of int
  let open_account owner = { owner; balance = 0; log = [] }
  let deposit a n = a.balance <- a.balance + n; a.log <- ("deposit", n) :: a.log
  let withdraw a n =
    if n > a.balance then raise (Insufficient_funds (n - a.balance));
    a.balance <- a.balance - n;
    a.log <- ("withdraw", n) :: a.log
  let balance a = a.balance
  let owner a = a.owner
  let history a = List.rev a.log
end

let acc = Account.open_account "Ada"

let () =
  Account.deposit acc 100;
  Account.withdraw acc 30;
  (try Account.withdraw acc 500 with Account.Insufficient_funds n -> Printf.printf "short by %d\n" n);
  Printf.printf "%s: %d (%d ops)\n" (Account.owner acc) (Account.balance acc) (List.length (Account.history acc))
