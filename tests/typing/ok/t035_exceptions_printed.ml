(* Exceptions printed back in the signature *)
exception Timeout
exception Invalid_input of string
exception Out_of_range of int * int
exception Nested of exn
exception With_record of (string * int) list

module Errors = struct
  exception Fatal of string
  let fail msg = raise (Fatal msg)
end

let check_range lo hi x = if x < lo || x > hi then raise (Out_of_range (lo, hi)) else x

let wrap f x = try f x with e -> raise (Nested e)

let to_message = function
  | Timeout -> "timeout"
  | Invalid_input s -> "invalid: " ^ s
  | Out_of_range (a, b) -> Printf.sprintf "out of [%d, %d]" a b
  | Nested _ -> "nested"
  | Errors.Fatal m -> "fatal: " ^ m
  | _ -> "unknown"

let () =
  (try ignore (wrap (check_range 0 10) 11) with e -> print_endline (to_message e));
  (try Errors.fail "disk" with e -> print_endline (to_message e));
  print_endline (to_message (With_record []))
