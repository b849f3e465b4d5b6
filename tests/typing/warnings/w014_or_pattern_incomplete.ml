type day = Mon | Tue | Wed | Thu | Fri | Sat | Sun

let is_weekend = function
  | Sat | Sun -> true
  | Mon | Tue | Wed | Thu -> false
