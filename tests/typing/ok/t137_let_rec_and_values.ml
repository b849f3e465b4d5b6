(* Mutually recursive functions in a module and a local let rec ... and *)
module Parity = struct
  let rec even n = n = 0 || odd (n - 1)
  and odd n = n <> 0 && even (n - 1)
end

let rec ping n = if n > 0 then "ping " ^ pong (n - 1) else "done"
and pong n = if n > 0 then "pong " ^ ping (n - 1) else "done"

let hofstadter n =
  let rec f n = if n = 0 then 1 else n - m (f (n - 1))
  and m n = if n = 0 then 0 else n - f (m (n - 1)) in
  (f n, m n)

let () =
  Printf.printf "%b %b\n" (Parity.even 10) (Parity.odd 10);
  print_endline (ping 3);
  let (a, b) = hofstadter 10 in
  Printf.printf "%d %d\n" a b
