(* status: 0 *)
(* Evaluation order of function arguments (right to left under ocamlopt). *)
let trace = Buffer.create 32
let t name v = Buffer.add_string trace name; v
let show label = Printf.printf "%s: %s\n" label (Buffer.contents trace); Buffer.clear trace

let f3 a b c = a + b + c
let g a b = a * b

let () =
  ignore (f3 (t "a" 1) (t "b" 2) (t "c" 3));
  show "f3 args";
  ignore (g (t "x" 1) (f3 (t "p" 1) (t "q" 2) (t "r" 3)));
  show "nested";
  ignore (t "l" 1 + t "r" 2);
  show "binary +";
  ignore ((t "1" "x") ^ (t "2" "y") ^ (t "3" "z"));
  show "concat";
  ignore (List.map (fun x -> t (string_of_int x) x) [1; 2; 3]);
  show "List.map";
  ignore (t "fun" f3 (t "A" 1) (t "B" 2) (t "C" 3));
  show "function position";
  Printf.printf "%d %d\n" (t "first" 1) (t "second" 2);
  show "printf args"
