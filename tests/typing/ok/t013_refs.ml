(* References *)
let counter = ref 0
let next () = incr counter; !counter

let make_counter () =
  let c = ref 0 in
  (fun () -> incr c; !c), (fun () -> c := 0)

let swap a b =
  let t = !a in
  a := !b;
  b := t

let sum_list l =
  let acc = ref 0 in
  List.iter (fun x -> acc := !acc + x) l;
  !acc

let while_loop n =
  let i = ref 0 and total = ref 0 in
  while !i < n do
    total := !total + !i;
    i := !i + 1
  done;
  !total

let () =
  ignore (next ());
  let (tick, reset) = make_counter () in
  ignore (tick ()); reset ();
  let a = ref "a" and b = ref "b" in
  swap a b;
  Printf.printf "%d %s %d %d %d\n" (next ()) !a (sum_list [1; 2; 3]) (while_loop 5) (tick ())
