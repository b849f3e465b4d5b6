type shape = Circle of float | Square of float
let big = Circle "large"
