let s = "abc".[0] + 1
