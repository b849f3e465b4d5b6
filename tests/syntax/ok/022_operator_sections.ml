(* Operators used as function values: ( + ), ( * ), ( mod ), etc. *)
let sum = List.fold_left ( + ) 0 [1; 2; 3; 4]
let product = List.fold_left ( * ) 1 [1; 2; 3; 4]
let remainders = List.map2 ( mod ) [10; 11; 12] [3; 3; 5]
let ands = List.fold_left ( && ) true [true; false]
let ors = List.fold_left ( || ) false [true; false]
let concat = List.fold_right ( ^ ) ["a"; "b"; "c"] ""
let cons = List.fold_right (fun x l -> x :: l) [1; 2] [3]
let fsum = List.fold_left ( +. ) 0. [0.5; 0.25]
let shifted = List.map (( lsl ) 1) [0; 1; 2; 3]
let bits = ( land ) 0xF0 0x3C
let eq = ( = ) 3 3
let neq = ( <> ) 3 4
let cmp = List.sort ( - ) [3; 1; 2]
let deref = ( ! ) (ref 7)
let assign = let r = ref 0 in ( := ) r 9; !r
let neg = ( ~- ) 4
let app = ( @@ ) succ 1
let pipe = ( |> ) 1 succ

let () =
  Printf.printf "%d %d %b %b %s %g %d %b %b %d %d %d %d %d\n"
    sum product ands ors concat fsum bits eq neq deref assign neg app pipe;
  List.iter (Printf.printf "%d ") (remainders @ cons @ shifted @ cmp);
  print_newline ()
