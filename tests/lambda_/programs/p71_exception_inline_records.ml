exception Bad of { code : int; mutable msg : string }
type t = V of { a : int; b : string } | W
let describe = function
  | Bad { code = 0; _ } -> "zero"
  | Bad { code; msg } -> string_of_int code ^ ":" ^ msg
  | _ -> "other"
let () =
  print_endline (describe (Bad { code = 0; msg = "x" }));
  print_endline (describe (Bad { code = 4; msg = "four" }));
  print_endline (describe Exit);
  (try raise (Bad { code = 1; msg = "m" }) with Bad r -> r.msg <- r.msg ^ "!"; print_endline (r.msg ^ string_of_int r.code));
  match V { a = 1; b = "b" } with
  | V r -> print_endline (r.b ^ string_of_int r.a)
  | W -> ()
