(* A traffic light state machine with variants and a transition function. *)
type light = Red | Red_amber | Green | Amber
type event = Tick | Emergency | Reset

let next state event =
  match state, event with
  | _, Reset -> Red
  | _, Emergency -> Amber
  | Red, Tick -> Red_amber
  | Red_amber, Tick -> Green
  | Green, Tick -> Amber
  | Amber, Tick -> Red

let name = function
  | Red -> "red" | Red_amber -> "red+amber" | Green -> "green" | Amber -> "amber"

let run events =
  let final = List.fold_left (fun s e ->
      let s' = next s e in
      Printf.printf "%s -> %s\n" (name s) (name s');
      s') Red events in
  name final

let () = print_endline (run [Tick; Tick; Tick; Emergency; Tick; Reset; Tick])
