let doc = "This is a long documentation string that spans \
           a couple of lines using a backslash continuation, \
           and it is perfectly fine."

let check = match doc with
  | "" -> false
  | _ -> true
  | ->
