type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
let rec insert x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, y, r) as t -> if x < y then Node (insert x l, y, r) else if x > y then Node (l, y, insert x r) else t
let rec fold f acc = function Leaf -> acc | Node (l, x, r) -> fold f (f (fold f acc l) x) r
let to_list t = List.rev (fold (fun acc x -> x :: acc) [] t)
exception Empty of string
let get = function Some x -> x | None -> raise (Empty "none")
let lazy_v = lazy (1 + 2)
let force_v = Lazy.force lazy_v
let arr = Array.make 3 0.
let s = String.make 3 'c'
let () = arr.(0) <- 1.
let c = s.[0]
let cmp = compare 1 2
let pairs = List.combine [1;2] ["a";"b"]
let fst3 (a, _, _) = a
let id_fun = fun x -> x
let compose = fun f g x -> f (g x)
let rec len = function [] -> 0 | _ :: t -> 1 + len t
let x = ref 0
let incr_x () = incr x; !x
let opt_map f = function None -> None | Some x -> Some (f x)
type r = { mutable cnt : int; label : string }
let bump r = r.cnt <- r.cnt + 1
let mk label = { cnt = 0; label }
let copy r = { r with label = "copy" }
let nested = [[1]; [2; 3]]
let str_of_list l = String.concat ", " (List.map string_of_int l)
let f2 = fun (a, b) -> a +. b
let exn_to_str e = match e with Not_found -> "nf" | Failure s -> s | _ -> "other"
let for_sum n = let s = ref 0 in for i = 1 to n do s := !s + i done; !s
let w () = while false do () done
let big = 1_000_000
let hex = 0xff
let ch = '\n'
let fl = 1e10
let neg = -5
let negf = -. 2.0
let unit_v = ()
let tup = (1, "a", 'c', 2.0, true)
