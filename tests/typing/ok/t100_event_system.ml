(* An event bus with typed handlers *)
type event = Click of int * int | Key of char | Resize of { width : int; height : int }

type handler = { name : string; accepts : event -> bool; run : event -> string }

let handlers : handler list ref = ref []
let subscribe h = handlers := !handlers @ [h]

let dispatch e =
  List.filter_map (fun h -> if h.accepts e then Some (h.name ^ ": " ^ h.run e) else None) !handlers

let () =
  subscribe { name = "mouse"; accepts = (function Click _ -> true | _ -> false);
              run = (function Click (x, y) -> Printf.sprintf "%d,%d" x y | _ -> "") };
  subscribe { name = "any"; accepts = (fun _ -> true);
              run = (function Key c -> String.make 1 c | Click _ -> "click" | Resize r -> Printf.sprintf "%dx%d" r.width r.height) };
  List.iter print_endline (dispatch (Click (3, 4)));
  List.iter print_endline (dispatch (Resize { width = 80; height = 24 }))
