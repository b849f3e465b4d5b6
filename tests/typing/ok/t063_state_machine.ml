(* A traffic-light state machine *)
type light = Red | Red_amber | Green | Amber
type event = Tick | Emergency | Reset

type machine = { mutable state : light; mutable ticks : int; log : Buffer.t }

let next = function
  | Red -> Red_amber
  | Red_amber -> Green
  | Green -> Amber
  | Amber -> Red

let name = function
  | Red -> "red" | Red_amber -> "red+amber" | Green -> "green" | Amber -> "amber"

let handle m ev =
  let s = match ev with
    | Tick -> next m.state
    | Emergency -> Red
    | Reset -> Green
  in
  m.state <- s;
  m.ticks <- m.ticks + 1;
  Buffer.add_string m.log (name s);
  Buffer.add_char m.log ' '

let create () = { state = Red; ticks = 0; log = Buffer.create 64 }

let () =
  let m = create () in
  List.iter (handle m) [Tick; Tick; Tick; Emergency; Reset; Tick];
  Printf.printf "%s(%d)\n" (Buffer.contents m.log) m.ticks
