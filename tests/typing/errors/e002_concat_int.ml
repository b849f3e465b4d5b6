let greet name (age : int) =
  "Hello " ^ name ^ ", you are " ^ age
