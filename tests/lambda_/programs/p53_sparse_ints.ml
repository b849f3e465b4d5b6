let f = function
  | 0 -> "zero" | 1 -> "one" | 100 -> "hundred" | 1000000 -> "million"
  | -1 -> "minus one" | 42 -> "answer" | _ -> "other"
let () = List.iter (fun n -> print_endline (f n)) [0; 1; 100; 1000000; -1; 42; max_int; 7]
