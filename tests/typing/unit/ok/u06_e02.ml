type 'a t = { mutable items : 'a list; mutable size : int }
let create () = { items = []; size = 0 }
let push s x = s.items <- x :: s.items; s.size <- s.size + 1
let s = create ()
let () = push s 1
let generic = create
let r = ref None
let set_r x = r := Some x
let pair_app f (a, b) = (f a, f b)
let apply_twice f = pair_app f
let weird = apply_twice (fun x -> x)
let k = fun x y -> if x then y else y
let lst = []
let arr = [||]
let opt = None
let app = List.append []
let id x = x
let ids = id id
let ff = id (fun x -> x)
let cons = List.cons 1
let fa = Array.make 2 []
let ll = lazy []
let long_name_function_with_many_params (a : int) (b : string) (c : float) (d : bool) (e : char) (f : int list) = (a, b, c, d, e, f)
let ho f g h x = f (g (h x))
let tr (x : 'a) (y : 'b) (z : 'c) : 'c * 'b * 'a = (z, y, x)
