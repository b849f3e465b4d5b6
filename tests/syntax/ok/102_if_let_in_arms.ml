(* if, let and sequences inside match arms and function bodies. *)
let describe n =
  match n with
  | 0 -> "zero"
  | n when n < 0 ->
    let abs_n = -n in
    if abs_n > 10 then "very negative" else "negative"
  | n ->
    let buf = Buffer.create 8 in
    Buffer.add_string buf "positive";
    if n > 100 then Buffer.add_string buf " and large";
    Buffer.contents buf

let step state input =
  match input with
  | Some delta ->
    let next = state + delta in
    if next > 10 then 10 else next
  | None -> print_endline "no input"; state

let () =
  List.iter (fun n -> print_endline (describe n)) [0; -3; -30; 5; 500];
  Printf.printf "%d\n" (List.fold_left step 0 [Some 4; None; Some 9])
