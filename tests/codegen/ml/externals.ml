(* Only externals and the unit's own definitions: runs without a Stdlib
   implementation.  Expected output: ocamlopt's (externals.expected). *)
external format_int : string -> int -> string = "caml_format_int"
external format_float : string -> float -> string = "caml_format_float"
external out : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external open_out : int -> out_channel = "caml_ml_open_descriptor_out"
external length : string -> int = "%string_length"

let stdout = open_out 1
let print s = out stdout s 0 (length s)
let print_int n = print (format_int "%d" n)
let nl () = print "\n"

let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)

type shape = Circle of float | Rect of float * float | Point

let area = function
  | Circle r -> 3.0 *. r *. r
  | Rect (w, h) -> w *. h
  | Point -> 0.0

let rec iter f = function [] -> () | x :: r -> f x; iter f r
let rec map f = function [] -> [] | x :: r -> let y = f x in y :: map f r
let rec fold f acc = function [] -> acc | x :: r -> fold f (f acc x) r

exception Found of int

let find p l =
  try iter (fun x -> if p x then raise (Found x)) l; None
  with Found k -> Some k

let make n = let rec go i acc = if i = 0 then acc else go (i - 1) (i :: acc) in go n []

let counter () =
  let c = ref 0 in
  (fun () -> incr c; !c)

let () =
  print_int (fib 25); nl ();
  print (format_float "%.3f" (area (Circle 2.0) +. area (Rect (2.0, 3.5)) +. area Point)); nl ();
  let l = make 100000 in
  print_int (fold ( + ) 0 (map (fun x -> x * 3) l)); nl ();
  (match find (fun x -> x mod 777 = 0) l with Some k -> print_int k | None -> print "none"); nl ();
  (match find (fun x -> x > 1000000) l with Some k -> print_int k | None -> print "none"); nl ();
  let c = counter () in
  ignore (c ()); ignore (c ());
  print_int (c ()); nl ();
  let a = Array.make 10 0 in
  for i = 0 to 9 do a.(i) <- i * i done;
  print_int a.(7); nl ();
  (try print_int a.(10) with Invalid_argument m -> print m); nl ();
  print_int (try 10 / 0 with Division_by_zero -> -1); nl ();
  let s = "hello" in
  print (match s with "hi" -> "short" | "hello" -> "long" | _ -> "other"); nl ()
