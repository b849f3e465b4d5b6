let items = [1; 2; 3]
let n = List.length + 1
