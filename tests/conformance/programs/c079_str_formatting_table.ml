(* status: 0 *)
(* Rendering an aligned text table with padding computed at runtime. *)
let rows = [ ["id"; "name"; "score"]; ["1"; "alice"; "93.5"]; ["2"; "bob"; "7"]; ["10"; "christopher"; "100.25"] ]

let () =
  let ncol = 3 in
  let widths = Array.make ncol 0 in
  List.iter (List.iteri (fun i c -> widths.(i) <- max widths.(i) (String.length c))) rows;
  let sep = "+" ^ String.concat "+" (Array.to_list (Array.map (fun w -> String.make (w + 2) '-') widths)) ^ "+" in
  print_endline sep;
  List.iteri (fun r row ->
    print_string "|";
    List.iteri (fun i c ->
      if i = 0 then Printf.printf " %*s |" widths.(i) c
      else Printf.printf " %-*s |" widths.(i) c) row;
    print_newline ();
    if r = 0 then print_endline sep) rows;
  print_endline sep;
  Printf.printf "%s\n" (String.make 10 '=');
  List.iter (fun (n, v) -> Printf.printf "%-8s:%8.2f\n" n v) ["pi", 3.14159; "e", 2.71828; "big", 12345.678]
