let f = function
  | Some (Some x) -> "some some " ^ string_of_int x
  | Some None -> "some none"
  | None -> "none"
let g = function
  | [Some a; Some b] -> a + b
  | [None; Some b] | [Some b; None] -> b
  | _ :: _ :: _ :: _ -> 100
  | _ -> 0
let () =
  List.iter (fun x -> print_endline (f x)) [Some (Some 1); Some None; None];
  List.iter (fun x -> print_int (g x); print_char ' ')
    [[Some 1; Some 2]; [None; Some 3]; [Some 4; None]; [None; None; None]; []; [None]];
  print_newline ()
