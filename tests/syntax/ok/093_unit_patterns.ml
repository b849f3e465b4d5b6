(* Unit in parameters, patterns and return values. *)
let hello () = print_endline "hello"
let twice f = f (); f ()
let make_thunk v = fun () -> v
let run (f : unit -> 'a) = f ()
let discard = function () -> "unit matched"

let () =
  hello ();
  twice hello;
  Printf.printf "%d\n" (run (make_thunk 42));
  print_endline (discard ());
  let () = print_endline "let unit" in
  let _ = 1 + 1 in
  let ( ) = () in
  ignore (hello ()); ignore ()
