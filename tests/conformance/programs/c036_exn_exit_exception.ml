(* status: 0 *)
(* Stdlib.Exit used to break out of nested loops. *)
let find_pair target arr =
  let res = ref None in
  (try
     Array.iteri (fun i a ->
       Array.iteri (fun j b ->
         if i < j && a + b = target then (res := Some (i, j); raise Exit)) arr) arr
   with Exit -> ());
  !res

let () =
  let arr = [|3; 9; 14; 2; 8; 11; 5|] in
  List.iter (fun t ->
    match find_pair t arr with
    | Some (i, j) -> Printf.printf "%d = a[%d] + a[%d]\n" t i j
    | None -> Printf.printf "%d: none\n" t) [10; 25; 19; 100];
  let grid = Array.init 20 (fun i -> Array.init 20 (fun j -> i * j)) in
  let found = ref (-1, -1) in
  (try
     for i = 0 to 19 do
       for j = 0 to 19 do
         if grid.(i).(j) = 91 then (found := (i, j); raise Exit)
       done
     done
   with Exit -> ());
  Printf.printf "91 at (%d,%d)\n" (fst !found) (snd !found)
