(* status: 0 *)
(* Passing assertions have no effect; assert evaluates its argument. *)
let evaluated = ref 0
let check b = incr evaluated; b

let () =
  assert (check true);
  assert (1 + 1 = 2);
  assert (List.length [1; 2; 3] = 3);
  for i = 1 to 100 do assert (check (i > 0)) done;
  Printf.printf "assertions evaluated: %d\n" !evaluated;
  let r = try assert (check false); "no" with Assert_failure (_, l, c) -> Printf.sprintf "line %d col %d" l c in
  print_endline r;
  Printf.printf "evaluated: %d\n" !evaluated;
  let safe_div a b = assert (b <> 0); a / b in
  Printf.printf "%d\n" (safe_div 10 3);
  match safe_div 1 0 with
  | _ -> print_endline "no"
  | exception Assert_failure _ -> print_endline "div assert caught"
