let parse args =
  match args with
  | ["-v"] -> "verbose"
  | ["-q"] -> "quiet"
  | [] -> "default"
