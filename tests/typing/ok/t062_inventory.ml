(* An inventory system using Hashtbl and records *)
type item = { sku : string; name : string; mutable qty : int; price : float }

exception Out_of_stock of string

let stock : (string, item) Hashtbl.t = Hashtbl.create 32

let add_item sku name qty price = Hashtbl.replace stock sku { sku; name; qty; price }

let remove sku n =
  match Hashtbl.find_opt stock sku with
  | None -> raise Not_found
  | Some it when it.qty < n -> raise (Out_of_stock it.name)
  | Some it -> it.qty <- it.qty - n

let value () = Hashtbl.fold (fun _ it acc -> acc +. float_of_int it.qty *. it.price) stock 0.0

let low_stock threshold =
  Hashtbl.fold (fun _ it acc -> if it.qty < threshold then it.sku :: acc else acc) stock []
  |> List.sort compare

let () =
  add_item "A1" "apple" 10 0.5;
  add_item "B2" "bread" 2 2.25;
  remove "A1" 4;
  (try remove "B2" 5 with Out_of_stock n -> Printf.printf "out of %s\n" n);
  Printf.printf "%.2f %s\n" (value ()) (String.concat "," (low_stock 5))
