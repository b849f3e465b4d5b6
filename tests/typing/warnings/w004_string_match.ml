let command_code s =
  match s with
  | "start" -> 1
  | "stop" -> 2
