let parse (s : string) = float_of_int s
