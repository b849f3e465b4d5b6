(* status: 0 *)
(* Evaluation order in record update {r with ...}, arrays of calls, and nested calls. *)
type cfg = { a : int; b : int; c : int; d : int }

let log = ref []
let v name x = log := name :: !log; x
let flush label = Printf.printf "%-8s %s\n" label (String.concat " " (List.rev !log)); log := []

let () =
  let base = { a = 1; b = 2; c = 3; d = 4 } in
  let r = { (v "base" base) with b = v "b" 20; d = v "d" 40 } in
  flush "with";
  Printf.printf "%d %d %d %d\n" r.a r.b r.c r.d;
  let arr = Array.map (fun f -> f ()) [| (fun () -> v "f0" 0); (fun () -> v "f1" 1); (fun () -> v "f2" 2) |] in
  flush "map";
  ignore arr;
  let n = (v "outer" ( + )) (v "x" 1) ((v "inner" ( * )) (v "y" 2) (v "z" 3)) in
  flush "nested";
  Printf.printf "%d\n" n;
  let s = String.concat (v "sep" ",") (v "list" ["p"; "q"]) in
  flush "concat";
  print_endline s
