(* status: 1 *)
(* exit 1 from deep inside recursion and a handler that would catch everything. *)
let rec descend n =
  if n = 0 then begin
    print_endline "bottom reached, exit 1";
    exit 1
  end;
  1 + descend (n - 1)

let () =
  (try
     Printf.printf "result %d\n" (descend 1000)
   with _ -> print_endline "exit is not an exception, this is not printed");
  print_endline "not printed";
  ignore (descend 0);
  print_endline "not printed";
  ()
