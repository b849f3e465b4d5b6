let () = print_endline "a"
let () =
  try
    let (Some y) = (None : int option) in print_int y
  with Match_failure (f, l, c) -> Printf.printf "%s %d %d\n" f l c
let x, (Some y) = 1, (None : int option)
let () = print_endline "not reached"
