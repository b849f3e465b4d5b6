(* Type abbreviations *)
type name = string
type 'a pair = 'a * 'a
type ('k, 'v) assoc = ('k * 'v) list
type handler = string -> unit
type matrix = float array array

let swap ((a, b) : 'a pair) : 'a pair = (b, a)
let lookup (k : 'k) (l : ('k, 'v) assoc) : 'v option = List.assoc_opt k l
let greet : name -> string = fun n -> "hello " ^ n
let log : handler = print_endline

let identity n : matrix =
  Array.init n (fun i -> Array.init n (fun j -> if i = j then 1.0 else 0.0))

let trace (m : matrix) =
  let s = ref 0.0 in
  Array.iteri (fun i row -> s := !s +. row.(i)) m;
  !s

let () =
  let (a, b) = swap (1, 2) in
  Printf.printf "%d %d\n" a b;
  log (greet "world");
  (match lookup "b" [("a", 1); ("b", 2)] with Some v -> print_int v | None -> ());
  Printf.printf "\n%.1f\n" (trace (identity 3))
