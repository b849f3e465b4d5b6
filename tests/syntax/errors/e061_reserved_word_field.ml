type t = { end : int }
