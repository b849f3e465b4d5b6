module S = Stack
module O = Stack.Ops
let () =
  let s = S.create () in
  O.push_all [1; 2; 3] s;
  S.push 4 s;
  print_int (S.size s); print_newline ();
  print_int (S.pop s + S.pop s); print_newline ();
  print_int (Stack.length_prim "abcd"); print_newline ();
  ignore (S.pop s); ignore (S.pop s);
  (try ignore (S.pop s) with S.Empty -> print_endline "empty");
  print_endline (Printexc.to_string Stack.Empty)
