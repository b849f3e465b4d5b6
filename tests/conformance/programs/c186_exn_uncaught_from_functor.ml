(* status: 2 *)
(* An exception raised during functor application at module initialisation. *)
module type CONF = sig val size : int end

module Make (C : CONF) = struct
  let () = Printf.printf "initialising with size %d\n" C.size
  let table = if C.size <= 0 then invalid_arg "Make: size must be positive" else Array.make C.size 0
  let set i v = table.(i) <- v
  let sum () = Array.fold_left ( + ) 0 table
end

module Good = Make (struct let size = 4 end)
let () = Good.set 0 10; Good.set 3 5
let () = Printf.printf "good sum %d\n" (Good.sum ())

module Bad = Make (struct let size = 0 end)
let () = Printf.printf "bad sum %d\n" (Bad.sum ())
let () = print_endline "never"
