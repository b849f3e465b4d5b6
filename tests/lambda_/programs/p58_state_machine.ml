type state = Idle | Running of int | Paused of int | Done
type event = Start | Tick | Pause | Resume | Stop
let step s e = match s, e with
  | Idle, Start -> Running 0
  | Running n, Tick -> if n >= 2 then Done else Running (n + 1)
  | Running n, Pause -> Paused n
  | Paused n, Resume -> Running n
  | (Running _ | Paused _), Stop -> Done
  | s, _ -> s
let show = function
  | Idle -> "idle" | Running n -> "running " ^ string_of_int n
  | Paused n -> "paused " ^ string_of_int n | Done -> "done"
let () =
  let events = [Tick; Start; Tick; Pause; Tick; Resume; Tick; Tick; Tick; Start] in
  ignore (List.fold_left (fun s e -> let s' = step s e in print_endline (show s'); s') Idle events)
