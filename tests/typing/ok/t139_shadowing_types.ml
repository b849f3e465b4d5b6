(* Types and values shadowed by later definitions *)
type t = A | B
let first = A
let to_int = function A -> 0 | B -> 1

module Inner = struct
  type t = C of int
  let make n = C n
  let get (C n) = n
end

let x = 1
let x = string_of_int x
let describe = function A -> "A" | B -> "B"

let () =
  print_endline (describe first);
  Printf.printf "%d %d %s\n" (to_int B) (Inner.get (Inner.make 5)) x
