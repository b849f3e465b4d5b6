(* status: 2 *)
(* assert false in an unreachable branch that is reached. *)
type shape = Circle of float | Square of float | Tri of float * float * float

let area = function
  | Circle r -> 3.14159 *. r *. r
  | Square s -> s *. s
  | Tri (a, b, c) ->
    if a +. b <= c || a +. c <= b || b +. c <= a then assert false
    else let s = (a +. b +. c) /. 2.0 in sqrt (s *. (s -. a) *. (s -. b) *. (s -. c))

let () =
  List.iter (fun s -> Printf.printf "%.3f\n" (area s)) [Circle 1.0; Square 2.0; Tri (3.0, 4.0, 5.0)];
  (try ignore (area (Tri (1.0, 1.0, 5.0))) with Assert_failure _ -> print_endline "caught assert false");
  Printf.printf "%.3f\n" (area (Tri (1.0, 2.0, 3.0)));
  print_endline "never"
