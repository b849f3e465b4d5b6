(* A small inventory module; one if lacks its then, far down the file. *)
type item = { name : string; mutable qty : int; price : int }

exception Out_of_stock of string

module Inventory = struct
  let items : item list ref = ref []

  let add name qty price =
    items := { name; qty; price } :: !items

  let find name =
    match List.find_opt (fun i -> i.name = name) !items with
    | Some i -> i
    | None -> raise Not_found

  let total_value () =
    List.fold_left (fun acc i -> acc + i.qty * i.price) 0 !items

  let restock name n =
    let i = find name in
    i.qty <- i.qty + n

  let sell name n =
    let i = find name in
    if i.qty < n
      raise (Out_of_stock name)
    else i.qty <- i.qty - n
end

let () =
  Inventory.add "bolt" 100 5;
  Inventory.add "nut" 200 2;
  Inventory.sell "bolt" 10;
  Printf.printf "%d\n" (Inventory.total_value ())
