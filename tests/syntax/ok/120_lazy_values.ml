(* lazy expressions and lazy patterns *)
let expensive = lazy (print_endline "computing"; 42)

let force_twice l =
  match l with
  | lazy n -> n + Lazy.force l

let () = Printf.printf "%d\n" (force_twice expensive)
