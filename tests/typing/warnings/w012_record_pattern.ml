type packet = { kind : int; payload : string option }

let handle p =
  match p with
  | { kind = 0; payload = None } -> "ping"
  | { kind = 1; payload = Some s } -> s
