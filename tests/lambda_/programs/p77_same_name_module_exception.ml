module M = struct
  exception A of int
  module A = struct let v = 7 end
  let w = 1
end
let () =
  print_int M.A.v; print_newline ();
  (try raise (M.A 3) with M.A n -> print_int (n + M.w)); print_newline ()
