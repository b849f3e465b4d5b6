let lookup pair =
  match pair with
  | (0, _) -> "first zero"
  | (_, 0) -> "second zero"
