let is_answer s = s = 42
let test = is_answer "42"
