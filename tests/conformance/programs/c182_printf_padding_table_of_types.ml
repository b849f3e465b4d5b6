(* status: 0 *)
(* Printf with widths applied to each kind of value in a grid. *)
let () =
  let ints = [0; 7; -42; 123456] in
  let floats = [0.0; 3.14159; -2.5e-3; 1e6] in
  let strs = [""; "a"; "hello"; "a longer string"] in
  List.iter (fun i -> Printf.printf "|%8d|%-8d|%08d|%+8d|%8x|%-8o|\n" i i i i i i) ints;
  List.iter (fun f -> Printf.printf "|%10.3f|%-10.2e|%10g|%010.1f|%+10.4G|\n" f f f f f) floats;
  List.iter (fun s -> Printf.printf "|%12s|%-12s|%.3s|%12.2s|\n" s s s s) strs;
  List.iter (fun c -> Printf.printf "|%3c|%-3c|%C|\n" c c c) ['x'; '0'; '~'];
  List.iter (fun b -> Printf.printf "|%6b|%-6B|\n" b b) [true; false]

let () =
  List.iter (fun (w, p) -> Printf.printf "|%*.*f|%-*s|%.*s|\n" w p 2.718281828 w "pad" p "truncated")
    [(5, 1); (8, 3); (12, 6); (3, 0)]
