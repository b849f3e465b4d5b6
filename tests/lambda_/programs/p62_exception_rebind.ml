exception Err = Failure
exception Mine of int
module M = struct exception Again = Mine end
let () =
  (try raise (Err "x") with Failure m -> print_endline ("failure " ^ m));
  (try raise (M.Again 3) with Mine n -> print_int n); print_newline ()
