(* Mutable record fields *)
type counter = { mutable count : int; label : string }
type 'a cell = { mutable contents_ : 'a; mutable history : 'a list }

let make label = { count = 0; label }
let incr c = c.count <- c.count + 1
let reset c = c.count <- 0

let cell v = { contents_ = v; history = [] }
let set c v =
  c.history <- c.contents_ :: c.history;
  c.contents_ <- v
let undo c =
  match c.history with
  | [] -> false
  | h :: t -> c.contents_ <- h; c.history <- t; true

let () =
  let c = make "clicks" in
  incr c; incr c;
  Printf.printf "%s=%d\n" c.label c.count;
  reset c;
  let x = cell 1 in
  set x 2; set x 3;
  ignore (undo x);
  Printf.printf "%d %d\n" x.contents_ (List.length x.history)
