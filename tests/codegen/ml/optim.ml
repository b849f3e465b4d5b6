(* The backend's optimisations (docs/codegen.md): local refs made
   variables, unboxed float refs, compare-and-branch (ints, floats with
   NaN, && / ||), loop live-range splitting, in-place updates, evaluation
   order with mutable variables.  Only externals (no Stdlib implementation
   needed).  Expected output: ocamlopt's (optim.expected). *)
external format_int : string -> int -> string = "caml_format_int"
external format_float : string -> float -> string = "caml_format_float"
external out : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external open_out : int -> out_channel = "caml_ml_open_descriptor_out"
external flush : out_channel -> unit = "caml_ml_flush"
external length : string -> int = "%string_length"
external alength : 'a array -> int = "%array_length"
external float_of_int : int -> float = "%floatofint"
external ignore : 'a -> unit = "%ignore"
external make_vect : int -> 'a -> 'a array = "caml_make_vect"
external raise : exn -> 'a = "%raise"
external sqrt : float -> float = "caml_sqrt_float" "sqrt" [@@unboxed] [@@noalloc]

let stdout = open_out 1
let print s = out stdout s 0 (length s)
let pi n = print (format_int "%d" n); print " "
let pf x = print (format_float "%.6g" x); print " "
let nl () = print "\n"
let nan = 0.0 /. 0.0
let opaque x = x

(* refs made local, in loops; one of them escapes into a closure *)
let counters n =
  let a = ref 0 and b = ref 1 and c = ref 0 in
  let get_c () = !c in
  for i = 1 to n do
    a := !a + i;
    b := (!b * 3) land 0xFFFF;
    incr c;
    if i mod 7 = 0 then decr c
  done;
  pi !a; pi !b; pi (get_c ()); nl ()

(* float refs: unboxed, with reads boxed where a value is needed *)
let floats n =
  let s = ref 0.0 and p = ref 1.0 and last = ref 0.0 in
  let keep = make_vect 4 0.0 in
  for i = 1 to n do
    let x = float_of_int i in
    s := !s +. x *. 0.5;
    p := !p *. 1.0001;
    if i land 3 = 0 then keep.(i / 4 mod 4) <- !s;
    last := sqrt !s
  done;
  pf !s; pf !p; pf !last; pf keep.(0); pf keep.(3); nl ()

(* a float ref that also takes a non-float-computation value stays boxed *)
let mixed xs =
  let best = ref 0.0 in
  for i = 0 to alength xs - 1 do
    if xs.(i) > !best then best := xs.(i)
  done;
  pf !best; nl ()

(* every float comparison, in a branch and as a value, NaN included *)
let fcmp a b =
  let v = [| a < b; a <= b; a > b; a >= b; a = b; a <> b |] in
  for i = 0 to 5 do pi (if v.(i) then 1 else 0) done;
  pi (if a < b then 1 else 0); pi (if a <= b then 1 else 0);
  pi (if a > b then 1 else 0); pi (if a >= b then 1 else 0);
  pi (if a = b then 1 else 0); pi (if a <> b then 1 else 0);
  pi (if not (a < b) then 1 else 0); pi (if not (a = b) then 1 else 0);
  pi (if not (a <> b) then 1 else 0);
  nl ()

(* && and || as conditions and as values *)
let logic x y =
  let r = ref 0 in
  if x > 0 && y > 0 then r := !r + 1;
  if x > 0 || y > 0 then r := !r + 10;
  if not (x > 0 && y > 0) then r := !r + 100;
  if (x > 0 || y < 0) && not (y = 3) then r := !r + 1000;
  let b = x > 0 && (y > 0 || x > 5) in
  pi !r; pi (if b then 1 else 0); nl ()

(* assignments inside arguments: evaluated right to left as ocamlopt does *)
let order () =
  let r = ref 1 in
  let a = !r + (r := 10; 1) in
  let f x y = x * 100 + y in
  let b = f !r (r := 5; !r) in
  let c = f (r := 7; !r) !r in
  let t = (!r, (r := 8; !r)) in
  let x = ref 2.0 in
  let d = !x +. (x := 3.0; 1.0) in
  pi a; pi b; pi c; let (t1, t2) = t in pi t1; pi t2; pf d; nl ()

(* loops reading values live across calls (split into registers), with
   allocation in the loop (the copies are GC roots) *)
let split n =
  let arr = make_vect 16 0 in
  let lst = ref [] in
  let tag = opaque "x" in
  for k = 1 to n do
    for i = 0 to 15 do
      arr.(i) <- arr.(i) + i * k;
      if i = k mod 16 then lst := (tag, i) :: !lst
    done;
    ignore (opaque k)
  done;
  let s = ref 0 in
  let iter f a = for i = 0 to alength a - 1 do f a.(i) done in
  iter (fun v -> s := !s + v) arr;
  let rec len acc = function [] -> acc | (t, i) :: l -> len (acc + i + length t) l in
  pi !s; pi (len 0 !lst); nl ()

(* a ref read by an exception handler *)
exception Stop of int
let handler n =
  let r = ref 0 in
  (try
     for i = 1 to n do
       r := !r + i;
       if !r > 50 then raise (Stop i)
     done
   with Stop i -> pi i);
  pi !r; nl ()

(* while loops with && conditions, and a bounds error caught *)
let search a x =
  let i = ref 0 and found = ref false in
  while not !found && !i < alength a do
    if a.(!i) = x then found := true else incr i
  done;
  pi (if !found then !i else -1);
  (try pi a.(!i + 100) with Invalid_argument m -> print m; print " ");
  nl ()

(* stores of immediates without the write barrier: int fields, int and
   polymorphic arrays, next to pointer stores, across collections *)
type cell = { mutable count : int; mutable items : int list; mutable flag : bool }
let stores n =
  let cells = make_vect 8 { count = 0; items = []; flag = false } in
  for i = 0 to 7 do cells.(i) <- { count = i; items = []; flag = false } done;
  let poly = make_vect 8 0 in
  let set a i v = a.(i) <- v in
  for k = 1 to n do
    let c = cells.(k land 7) in
    c.count <- c.count + k;
    c.flag <- k > c.count / 2 || k land 1 = 0;
    if k mod 5 = 0 then c.items <- k :: c.items;
    set poly (k land 7) (k * 3);
    poly.(k land 7) <- poly.(k land 7) + 1
  done;
  let t = ref 0 in
  for i = 0 to 7 do
    let c = cells.(i) in
    let rec sum acc = function [] -> acc | x :: l -> sum (acc + x) l in
    t := !t + c.count + sum 0 c.items + (if c.flag then 1 else 0) + poly.(i)
  done;
  pi !t; nl ()

let () =
  stores 5000;
  counters 1000;
  floats 10000;
  mixed [| 1.5; 3.25; nan; 2.0 |];
  fcmp 1.0 2.0; fcmp 2.0 2.0; fcmp 3.0 2.0; fcmp nan 1.0; fcmp 1.0 nan; fcmp nan nan;
  logic 1 1; logic 1 (-1); logic (-1) 1; logic 6 (-1); logic 1 3; logic 0 0;
  order ();
  split 200;
  handler 100;
  search [| 3; 1; 4; 1; 5 |] 4; search [| 3; 1 |] 7;
  flush stdout
