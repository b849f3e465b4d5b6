let memo f = let h = Hashtbl.create 16 in fun x -> match Hashtbl.find_opt h x with Some v -> v | None -> let v = f x in Hashtbl.add h x v; v
let counter = let c = ref 0 in fun () -> incr c; !c
let apply_n n f x = let rec go i acc = if i = 0 then acc else go (i - 1) (f acc) in go n x
let swap_pair (a, b) = (b, a)
let rec zip a b = match a, b with x :: xs, y :: ys -> (x, y) :: zip xs ys | _ -> []
let sum_by f = List.fold_left (fun acc x -> acc + f x) 0
let maybe_default d = function Some x -> x | None -> d
let q = Queue.create ()
let () = Queue.push 1 q
let st = Stack.create ()
let ss = Seq.map succ (List.to_seq [1;2])
let cmp_desc a b = compare b a
let sorted = List.sort cmp_desc [3;1;2]
let arr2 = Array.init 3 (fun i -> Array.make i 'x')
let chars = String.to_seq "abc" |> List.of_seq
let fmt_pair (a, b) = Printf.sprintf "(%d, %S)" a b
let exn_name = Printexc.to_string Not_found
let opt = Option.map succ (Some 1)
let res : (int, string) result = Error "x"
let iter_pairs = List.iter2 (fun a b -> ignore (a + b))
