let total_items = 3
let label = "items"
let message = total_items + label
