(* status: 0 *)
(* Continuation-passing style: deep CPS recursion runs in constant stack. *)
let rec fact_cps n k = if n = 0 then k 1 else fact_cps (n - 1) (fun r -> k (n * r))
let rec sum_cps n k = if n = 0 then k 0 else sum_cps (n - 1) (fun r -> k (r + n))

type tree = Leaf | Node of tree * int * tree
let rec build d = if d = 0 then Leaf else Node (build (d - 1), d, build (d - 1))
let rec size_cps t k = match t with
  | Leaf -> k 0
  | Node (l, _, r) -> size_cps l (fun a -> size_cps r (fun b -> k (a + b + 1)))

let () =
  Printf.printf "10! = %d\n" (fact_cps 10 (fun x -> x));
  Printf.printf "sum 1..1000000 = %d\n" (sum_cps 1_000_000 (fun x -> x));
  Printf.printf "size = %d\n" (size_cps (build 16) (fun x -> x));
  let k = ref (fun x -> x) in
  for i = 1 to 10 do
    let prev = !k in
    k := (fun x -> prev (x + i))
  done;
  Printf.printf "chain = %d\n" (!k 0);
  let r = fact_cps 5 (fun x -> string_of_int x ^ "!") in
  print_endline r
