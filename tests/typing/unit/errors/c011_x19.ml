let x = Some 1 + 1
