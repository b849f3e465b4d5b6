let face = "\u{1F600}"
let surrogate = "\u{D800}"
