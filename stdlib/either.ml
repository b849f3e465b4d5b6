(* Either values (OCaml 4.13 semantics). *)
type ('a, 'b) t = Left of 'a | Right of 'b

let left v = Left v
let right v = Right v

let is_left e = match e with Left _ -> true | Right _ -> false
let is_right e = match e with Left _ -> false | Right _ -> true

let find_left e = match e with Left v -> Some v | Right _ -> None
let find_right e = match e with Left _ -> None | Right v -> Some v

let map_left f e = match e with Left v -> Left (f v) | Right v -> Right v
let map_right f e = match e with Left v -> Left v | Right v -> Right (f v)

let fold left right e = match e with Left v -> left v | Right v -> right v
