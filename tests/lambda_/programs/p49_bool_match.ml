let xor a b = match a, b with
  | true, false | false, true -> true
  | _ -> false
let f = function true -> 1 | false -> 0
let g b c = match b, c with
  | true, true -> "both"
  | true, _ -> "first"
  | _, true -> "second"
  | false, false -> "neither"
let () =
  List.iter (fun (a, b) -> print_string (string_of_bool (xor a b)); print_char ' ')
    [(true, true); (true, false); (false, true); (false, false)]; print_newline ();
  print_int (f true + f false); print_newline ();
  print_endline (g true true ^ g true false ^ g false true ^ g false false);
  print_string (string_of_bool (true && not false || false)); print_newline ();
  let calls = ref 0 in
  let t () = incr calls; true in
  ignore (false && t ()); ignore (true || t ()); ignore (true && t ());
  print_int !calls; print_newline ()
