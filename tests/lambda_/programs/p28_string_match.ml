let cmd = function
  | "start" -> 1
  | "stop" -> 2
  | "" -> 0
  | "restart" | "reload" -> 3
  | s when String.length s > 10 -> 4
  | _ -> -1
let () =
  List.iter (fun s -> print_int (cmd s); print_char ' ')
    ["start"; "stop"; ""; "restart"; "reload"; "a very long command"; "x"];
  print_newline ()
