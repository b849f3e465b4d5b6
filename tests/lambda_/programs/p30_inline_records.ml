type shape = Circle of { r : float } | Rect of { w : int; mutable h : int } | Dot
let describe = function
  | Circle { r } -> "circle " ^ string_of_float r
  | Rect { w; h } -> "rect " ^ string_of_int (w * h)
  | Dot -> "dot"
let () =
  List.iter (fun s -> print_endline (describe s)) [Circle { r = 2.0 }; Rect { w = 3; h = 4 }; Dot];
  match Rect { w = 1; h = 2 } with
  | Rect r -> r.h <- 10; print_int (r.w + r.h); print_newline ()
  | _ -> ()
