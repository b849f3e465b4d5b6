(* Leading | is optional in match, function, try and type definitions. *)
type t = A | B
type u =
  | C
  | D of int

let f x = match x with A -> 1 | B -> 2
let g x = match x with | A -> 1 | B -> 2
let h = function C -> 0 | D n -> n
let k = function | C -> 0 | D n -> n
let safe f = try f () with Not_found -> 0 | Exit -> -1
let safe2 f = try f () with | Not_found -> 0

let () =
  Printf.printf "%d %d %d %d\n" (f A) (g B) (h (D 3)) (k C);
  Printf.printf "%d %d %d\n" (safe (fun () -> raise Exit)) (safe2 (fun () -> raise Not_found)) (safe (fun () -> 5))
