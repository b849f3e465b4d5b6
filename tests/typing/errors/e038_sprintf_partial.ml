let count = 3
let label = "Total: " ^ Printf.sprintf "%d items"
