(* Abstract identifier types prevent mixing up integers *)
module Id : sig
  type user
  type order
  val user : int -> user
  val order : int -> order
  val user_to_int : user -> int
  val order_to_int : order -> int
end = struct
  type user = int
  type order = int
  let user x = x
  let order x = x
  let user_to_int x = x
  let order_to_int x = x
end

type order = { id : Id.order; owner : Id.user; amount : float }

let orders = [
  { id = Id.order 1; owner = Id.user 10; amount = 9.5 };
  { id = Id.order 2; owner = Id.user 11; amount = 3.0 };
]

let by_owner u = List.filter (fun o -> Id.user_to_int o.owner = Id.user_to_int u) orders
let ids l = List.map (fun o -> Id.order_to_int o.id) l

let () = List.iter (Printf.printf "%d\n") (ids (by_owner (Id.user 10)))
