let line = String.make 10 "-"
