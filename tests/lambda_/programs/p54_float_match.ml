let f = function
  | 0.0 -> "zero"
  | 1.5 -> "one and half"
  | x when x < 0.0 -> "negative"
  | _ -> "other"
let () = List.iter (fun x -> print_endline (f x)) [0.0; -0.0; 1.5; -3.0; 2.0; nan]
