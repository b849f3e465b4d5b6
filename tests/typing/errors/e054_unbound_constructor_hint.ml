type shape = Circle of float | Square of float
let unit_circle = Circel 1.0
