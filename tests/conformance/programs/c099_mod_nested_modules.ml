(* status: 0 *)
(* Nested modules, module aliases, and module-level side effects order. *)
let () = print_endline "top 1"

module Outer = struct
  let () = print_endline "outer init"
  module Inner = struct
    let () = print_endline "inner init"
    let x = 10
    module Deepest = struct let y = x * 2 let () = print_endline "deepest init" end
  end
  let z = Inner.Deepest.y + 1
  let () = Printf.printf "outer sees z=%d\n" z
end

module A = Outer.Inner
module D = A.Deepest

let () = print_endline "top 2"

let () =
  Printf.printf "%d %d %d\n" A.x D.y Outer.z;
  let module Local = struct
    let () = print_endline "local module init"
    let w = D.y * 3
  end in
  Printf.printf "local w=%d\n" Local.w;
  for i = 1 to 2 do
    let module M = struct let v = i * 100 let () = Printf.printf "M init %d\n" v end in
    ignore M.v
  done
