let describe b =
  match b with
  | true -> "yes"
