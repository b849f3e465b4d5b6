(* status: 0 *)
(* Evaluation order inside tuples, records, constructors, lists and arrays. *)
type r = { a : int; b : int; c : int }
type v = V of int * int

let trace = ref []
let t name v = trace := name :: !trace; v
let show label = Printf.printf "%-12s %s\n" label (String.concat " " (List.rev !trace)); trace := []

let () =
  ignore (t "1" 1, t "2" 2, t "3" 3);
  show "tuple";
  ignore { a = t "a" 1; b = t "b" 2; c = t "c" 3 };
  show "record";
  ignore { c = t "c" 3; a = t "a" 1; b = t "b" 2 };
  show "record2";
  ignore (V (t "x" 1, t "y" 2));
  show "constructor";
  ignore [t "h1" 1; t "h2" 2; t "h3" 3];
  show "list";
  ignore [| t "e1" 1; t "e2" 2; t "e3" 3 |];
  show "array";
  ignore (t "hd" 0 :: t "tl" []);
  show "cons";
  ignore (Some (t "some" 1));
  show "option"
