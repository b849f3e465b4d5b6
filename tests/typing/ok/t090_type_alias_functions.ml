(* Function type abbreviations *)
type 'a predicate = 'a -> bool
type ('a, 'b) transformer = 'a -> 'b
type 'a comparator = 'a -> 'a -> int
type 'a printer = Buffer.t -> 'a -> unit

let negate (p : 'a predicate) : 'a predicate = fun x -> not (p x)
let both (p : 'a predicate) (q : 'a predicate) : 'a predicate = fun x -> p x && q x
let lift (f : ('a, 'b) transformer) : ('a list, 'b list) transformer = List.map f
let reverse (c : 'a comparator) : 'a comparator = fun a b -> c b a
let print_list (p : 'a printer) : 'a list printer = fun b l -> List.iter (p b) l
let int_printer : int printer = fun b n -> Buffer.add_string b (string_of_int n)

let () =
  let even x = x mod 2 = 0 in
  Printf.printf "%b %b\n" (negate even 3) (both even (fun x -> x > 2) 4);
  List.iter (Printf.printf "%d ") (List.sort (reverse compare) ((lift succ) [1; 5; 3]));
  let b = Buffer.create 8 in
  print_list int_printer b [1; 2; 3];
  print_endline (Buffer.contents b)
