(* Deep recursion, tail calls, Stack_overflow, exceptions across frames,
   match with exception, uncaught exception (exit status 2), with
   externals only.  Expected output (stdout and stderr): ocamlopt's. *)
external format_int : string -> int -> string = "caml_format_int"
external format_float : string -> float -> string = "caml_format_float"
external out : out_channel -> string -> int -> int -> unit = "caml_ml_output"
external open_out : int -> out_channel = "caml_ml_open_descriptor_out"
external flush : out_channel -> unit = "caml_ml_flush"
external length : string -> int = "%string_length"
external make_float_array : int -> float -> float array = "caml_make_vect"

let stdout = open_out 1
let print s = out stdout s 0 (length s)
let print_int n = print (format_int "%d" n)
let nl () = print "\n"

let rec sum_to n = if n = 0 then 0 else n + sum_to (n - 1)
let rec loop i acc = if i = 0 then acc else loop (i - 1) (acc + i land 7)
let rec even n = if n = 0 then true else odd (n - 1)
and odd n = if n = 0 then false else even (n - 1)
let rec forever n = 1 + forever (n + 1)

exception Deep of int * string
exception Boom

let rec dive n = if n = 0 then raise (Deep (42, "bottom")) else 1 + dive (n - 1)

let classify c = match c with
  | 'a' .. 'z' -> "lower" | 'A' .. 'Z' -> "upper" | '0' .. '9' -> "digit" | _ -> "other"

let safe_div a b = match a / b with
  | q -> format_int "%d" q
  | exception Division_by_zero -> "div by zero"

let () =
  print_int (sum_to 100000); nl ();
  print_int (loop 10000000 0); nl ();
  print (if even 1000001 then "even" else "odd"); nl ();
  (try print_int (forever 0) with Stack_overflow -> print "Stack_overflow"); nl ();
  (match dive 50000 with
   | _ -> print "no"
   | exception Deep (k, s) -> print s; print " "; print_int k); nl ();
  print (classify 'q'); print (classify 'Q'); print (classify '7'); print (classify '-'); nl ();
  print (safe_div 7 2); print " "; print (safe_div 7 0); nl ();
  let a = make_float_array 1000 0.5 in
  let s = ref 0.0 in
  for i = 0 to 999 do a.(i) <- a.(i) *. float_of_int i; s := !s +. a.(i) done;
  print (format_float "%.1f" !s); nl ();
  let counter = ref 0 in
  let bump k = counter := !counter + k in
  for k = 1 to 10 do bump k done;
  print_int !counter; nl ();
  flush stdout;
  raise Boom
