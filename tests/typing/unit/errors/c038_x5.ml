let r = { contents = 1; foo = 2 }
