let s = "a" ^ 'b'
