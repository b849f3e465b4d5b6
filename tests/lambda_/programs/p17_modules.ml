module M = struct
  let x = 10
  let double y = 2 * y
  module N = struct
    let z = x + 1
    exception Inner of int
  end
  type t = int
end
module Alias = M
let () =
  print_int M.x; print_newline ();
  print_int (M.double 21); print_newline ();
  print_int M.N.z; print_newline ();
  print_int Alias.N.z; print_newline ();
  (try raise (M.N.Inner 5) with M.N.Inner n -> print_int n); print_newline ();
  print_endline (Printexc.to_string (M.N.Inner 7))
