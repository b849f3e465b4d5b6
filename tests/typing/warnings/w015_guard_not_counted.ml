let sign n =
  match n with
  | n when n > 0 -> 1
  | n when n < 0 -> -1
  | 0 -> 0
