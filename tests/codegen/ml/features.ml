(* Records, float records, variants, polymorphic comparison, laziness,
   local exceptions, loops, bytes, closures and partial application, using
   only externals (no Stdlib implementation needed).  Expected output:
   ocamlopt's (features.expected). *)
external format_int : string -> int -> string = "caml_format_int"
external format_float : string -> float -> string = "caml_format_float"
external out : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external open_out : int -> out_channel = "caml_ml_open_descriptor_out"
external length : string -> int = "%string_length"
external bytes_create : int -> bytes = "caml_create_bytes"
external bytes_set : bytes -> int -> char -> unit = "%bytes_safe_set"
external bytes_to_string : bytes -> string = "%bytes_to_string"
external string_get : string -> int -> char = "%string_safe_get"
external chr : int -> char = "%identity"
external compare : 'a -> 'a -> int = "%compare"
external sqrt : float -> float = "caml_sqrt_float" "sqrt" [@@unboxed] [@@noalloc]

let stdout = open_out 1
let print s = out stdout s 0 (length s)
let print_int n = print (format_int "%d" n)
let print_float f = print (format_float "%.6g" f)
let nl () = print "\n"

type point = { x : float; y : float }
type account = { name : string; mutable balance : int; mutable history : int list }
type tree = Leaf | Node of tree * int * tree

let dist p q = sqrt ((p.x -. q.x) *. (p.x -. q.x) +. (p.y -. q.y) *. (p.y -. q.y))

let rec insert t v = match t with
  | Leaf -> Node (Leaf, v, Leaf)
  | Node (l, w, r) -> if v < w then Node (insert l v, w, r) else if v > w then Node (l, w, insert r v) else t

let rec total = function Leaf -> 0 | Node (l, v, r) -> total l + v + total r
let rec depth = function Leaf -> 0 | Node (l, _, r) -> let a = depth l and b = depth r in 1 + (if a > b then a else b)

let deposit acc n =
  if n <= 0 then raise (Invalid_argument "deposit") else begin
    acc.balance <- acc.balance + n;
    acc.history <- n :: acc.history
  end

let rec iter f = function [] -> () | x :: r -> f x; iter f r

let rec length_l = function [] -> 0 | _ :: r -> 1 + length_l r

let string_of_digits n =
  let b = bytes_create n in
  for i = 0 to n - 1 do bytes_set b i (chr (48 + (i mod 10))) done;
  bytes_to_string b

let count_vowels s =
  let n = ref 0 in
  for i = length s - 1 downto 0 do
    match string_get s i with 'a' | 'e' | 'i' | 'o' | 'u' -> incr n | _ -> ()
  done;
  !n

let collatz n =
  let steps = ref 0 and k = ref n in
  while !k <> 1 do
    k := (if !k mod 2 = 0 then !k / 2 else 3 * !k + 1);
    incr steps
  done;
  !steps

let () =
  print_float (dist { x = 0.; y = 0. } { x = 3.; y = 4. }); nl ();
  let t = ref Leaf in
  iter (fun v -> t := insert !t v) [50; 30; 70; 20; 40; 60; 80; 30; 65];
  print_int (total !t); print " "; print_int (depth !t); nl ();
  let acc = { name = "alice"; balance = 10; history = [] } in
  deposit acc 5; deposit acc 7;
  (try deposit acc (-1) with Invalid_argument m -> print m; print " ");
  print acc.name; print " "; print_int acc.balance; print " "; print_int (length_l acc.history); nl ();
  print (string_of_digits 25); nl ();
  print_int (count_vowels "the quick brown fox jumps over the lazy dog"); nl ();
  print_int (collatz 27); nl ();
  print_int (compare [1; 2; 3] [1; 2; 4]); print " ";
  print_int (compare (Some "b") (Some "a")); print " ";
  print (if (1, "x", [2.5]) = (1, "x", [2.5]) then "eq" else "ne"); nl ();
  let exception Stop of int in
  let r = try iter (fun x -> if x > 3 then raise (Stop x)) [1; 2; 5; 7]; 0 with Stop k -> k in
  print_int r; nl ();
  let lz = lazy (print "forced "; 42) in
  let force (lazy v) = v in   (* the inline %lazy_force: Lazy.force is a Stdlib function *)
  print_int (force lz + force lz); nl ();
  let add3 a b c = a + b + c in
  let f = add3 1 in
  let g = f 2 in
  print_int (g 3 + f 10 20); nl ();
  let compose f g x = f (g x) in
  print_int ((compose (fun x -> x * 2) (fun x -> x + 1)) 20); nl ()
