let kind = function
  | [] | [_] -> "short"
  | [_; _] | [_] -> "medium"
  | _ -> "long"
