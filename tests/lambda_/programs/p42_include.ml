module Base = struct
  let x = 1
  let f y = y + x
  exception E
end
module Ext = struct
  include Base
  let g y = f y * 2
  let x = 50
end
let () =
  Printf.printf "%d %d %d\n" Ext.x (Ext.f 1) (Ext.g 1);
  (try raise Ext.E with Base.E -> print_endline "same exception")
include Base
let () = print_int (f 10); print_newline ()
