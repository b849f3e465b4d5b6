(* status: 0 *)
(* Building a report with Buffer and Printf from records in a list. *)
type sale = { region : string; product : string; qty : int; price : float }

let sales = [
  { region = "north"; product = "widget"; qty = 10; price = 2.5 };
  { region = "south"; product = "gadget"; qty = 3; price = 10.0 };
  { region = "north"; product = "gadget"; qty = 7; price = 9.5 };
  { region = "east"; product = "widget"; qty = 1; price = 2.75 };
  { region = "south"; product = "widget"; qty = 22; price = 2.4 };
  { region = "east"; product = "doohickey"; qty = 5; price = 100.0 } ]

let () =
  let b = Buffer.create 256 in
  let totals = Hashtbl.create 8 in
  List.iter (fun s ->
    let t = float s.qty *. s.price in
    Hashtbl.replace totals s.region (t +. (try Hashtbl.find totals s.region with Not_found -> 0.0));
    Printf.bprintf b "%-6s %-10s %4d x %7.2f = %8.2f\n" s.region s.product s.qty s.price t) sales;
  Buffer.add_string b (String.make 44 '-');
  Buffer.add_char b '\n';
  let regions = List.sort compare (Hashtbl.fold (fun k _ acc -> k :: acc) totals []) in
  List.iter (fun r -> Printf.bprintf b "%-6s %35.2f\n" r (Hashtbl.find totals r)) regions;
  let grand = Hashtbl.fold (fun _ v acc -> acc +. v) totals 0.0 in
  Printf.bprintf b "%-6s %35.2f\n" "total" grand;
  print_string (Buffer.contents b)
