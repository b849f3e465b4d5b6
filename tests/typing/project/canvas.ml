type t = { w : int; h : int; cells : Bytes.t array }

let create w h = { w; h; cells = Array.init h (fun _ -> Bytes.make w ' ') }
let width c = c.w
let height c = c.h
let in_bounds c x y = x >= 0 && y >= 0 && x < c.w && y < c.h
let set c x y ch = if in_bounds c x y then Bytes.set c.cells.(y) x ch
let get c x y = if in_bounds c x y then Bytes.get c.cells.(y) x else ' '
let fill c ch = Array.iter (fun row -> Bytes.fill row 0 c.w ch) c.cells
let to_lines c = Array.to_list (Array.map Bytes.to_string c.cells)
