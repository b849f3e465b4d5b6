(* status: 0 *)
(* Exceptions used for early exit from iterators. *)
exception Stop of int

let find_first p arr =
  try Array.iter (fun x -> if p x then raise (Stop x)) arr; None
  with Stop x -> Some x

let index_of x l =
  let i = ref 0 in
  try List.iter (fun y -> if y = x then raise Exit; incr i) l; -1
  with Exit -> !i

let () =
  let arr = Array.init 1000 (fun i -> i * 7 mod 1000) in
  (match find_first (fun x -> x > 990) arr with
   | Some x -> Printf.printf "first > 990: %d\n" x
   | None -> print_endline "none");
  (match find_first (fun x -> x < 0) arr with
   | Some x -> Printf.printf "first < 0: %d\n" x
   | None -> print_endline "none negative");
  Printf.printf "%d %d\n" (index_of "c" ["a"; "b"; "c"]) (index_of "z" ["a"]);
  let count = ref 0 in
  (try
     for i = 0 to max_int do
       if i * i > 50_000 then raise (Stop i);
       incr count
     done
   with Stop i -> Printf.printf "stopped at %d after %d\n" i !count)
