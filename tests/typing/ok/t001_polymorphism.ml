(* Basic polymorphism and let-generalisation *)
let id x = x
let const x _ = x
let flip f x y = f y x
let compose f g x = f (g x)
let pair x y = (x, y)
let twice f x = f (f x)

let a = id 3
let b = id "hello"
let c = compose string_of_int (fun x -> x + 1)
let d = flip pair 1 "one"
let e = twice (fun s -> s ^ "!") "hi"

let apply_both f (x, y) = (f x, f y)
let nums = apply_both (fun n -> n * 2) (3, 4)

let () =
  print_endline b;
  print_endline (c a);
  let (s, n) = d in
  Printf.printf "%s %d %s\n" s n e;
  let (p, q) = nums in
  Printf.printf "%d %d\n" p q
