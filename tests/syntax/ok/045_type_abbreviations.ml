(* Type abbreviations and annotations using them. *)
type id = int
type name = string
type point = float * float
type 'a callback = 'a -> unit
type env = (name * id) list
type transform = point -> point
type 'a predicate = 'a -> bool

let origin : point = (0., 0.)
let shift dx : transform = fun (x, y) -> (x +. dx, y)
let lookup (e : env) (n : name) : id option = List.assoc_opt n e
let notify (cb : string callback) = cb "notified"
let positive : int predicate = fun n -> n > 0

let () =
  let (x, y) = shift 2.5 origin in
  Printf.printf "%g %g\n" x y;
  let env : env = [("a", 1); ("b", 2)] in
  (match lookup env "b" with Some i -> Printf.printf "%d\n" i | None -> ());
  notify print_endline;
  Printf.printf "%b %b\n" (positive 3) (positive (-3))
