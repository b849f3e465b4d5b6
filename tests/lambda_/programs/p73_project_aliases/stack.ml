type 'a t = { mutable items : 'a list; mutable n : int }
exception Empty
let create () = { items = []; n = 0 }
let size s = s.n
let push x s = s.items <- x :: s.items; s.n <- s.n + 1
let pop s = match s.items with
  | [] -> raise Empty
  | x :: rest -> s.items <- rest; s.n <- s.n - 1; x
external length_prim : string -> int = "%string_length"
module Ops = struct
  let helper = 0
  let push_all l s = List.iter (fun x -> push x s) l
end
