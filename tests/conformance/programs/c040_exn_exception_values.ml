(* status: 0 *)
(* Exceptions as first-class values: stored, compared, matched later. *)
exception Code of int
exception Msg of string

let () =
  let errs = [Code 1; Msg "a"; Not_found; Code 2; Exit; Failure "f"; Msg "b"] in
  let codes = List.filter_map (function Code n -> Some n | _ -> None) errs in
  Printf.printf "codes: %s\n" (String.concat "," (List.map string_of_int codes));
  let msgs = List.filter_map (function Msg s | Failure s -> Some s | _ -> None) errs in
  Printf.printf "msgs: %s\n" (String.concat "," msgs);
  Printf.printf "%b %b %b\n" (Code 1 = Code 1) (Code 1 = Code 2) (Not_found = Not_found);
  let raised = List.map (fun e -> try raise e with Code n -> n | Msg _ -> 100 | _ -> -1) errs in
  List.iter (Printf.printf "%d ") raised;
  print_newline ();
  let tbl = Hashtbl.create 4 in
  List.iter (fun e -> Hashtbl.replace tbl e (1 + try Hashtbl.find tbl e with Not_found -> 0)) (errs @ errs);
  Printf.printf "distinct=%d\n" (Hashtbl.length tbl)
