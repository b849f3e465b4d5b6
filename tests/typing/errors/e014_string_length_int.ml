let width = 42
let len = String.length width
