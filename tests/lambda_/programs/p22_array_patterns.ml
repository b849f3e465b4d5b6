let f = function
  | [||] -> "empty"
  | [| x |] -> "one " ^ string_of_int x
  | [| 1; _ |] -> "pair starting 1"
  | [| _; y |] -> "pair ending " ^ string_of_int y
  | _ -> "many"
let g = function [| a; b |] -> a +. b | _ -> 0.0
let () =
  List.iter (fun a -> print_endline (f a)) [[||]; [|5|]; [|1; 2|]; [|3; 4|]; [|1; 2; 3|]];
  print_float (g [| 1.25; 2.5 |]); print_newline ()
