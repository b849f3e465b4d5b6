(* Qualified names M.x, M.N.x, M.N.t, constructors and fields. *)
module Outer = struct
  let value = 1
  module Inner = struct
    let value = 2
    type t = A | B of int
    type r = { field : int }
    module Deep = struct
      let value = 3
      exception Oops of string
    end
  end
end

let v = Outer.value + Outer.Inner.value + Outer.Inner.Deep.value
let c : Outer.Inner.t = Outer.Inner.B 5
let rcd = { Outer.Inner.field = 10 }
let fld = rcd.Outer.Inner.field

let name = function
  | Outer.Inner.A -> "A"
  | Outer.Inner.B n -> "B" ^ string_of_int n

let () =
  Printf.printf "%d %d\n" v fld;
  print_endline (name c);
  print_endline (name Outer.Inner.A);
  (try raise (Outer.Inner.Deep.Oops "deep") with Outer.Inner.Deep.Oops s -> print_endline s);
  Printf.printf "%d\n" (Stdlib.List.length [1]);
  Printf.printf "%d\n" Stdlib.max_int;
  print_endline (Stdlib.( ^ ) "a" "b")
