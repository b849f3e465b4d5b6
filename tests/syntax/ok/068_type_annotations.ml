(* Type annotations on expressions, parameters and return types. *)
let x : int = 42
let f (a : int) (b : int) : int = a + b
let g (s : string) : string list = String.split_on_char ' ' s
let h = fun (p : float * float) -> (fst p +. snd p : float)
let k (l : 'a list) : int = List.length l
let id (x : 'a) : 'a = x
let apply (f : int -> int) (v : int) : int = f v
let opt : int option = Some 3
let arr : string array = [| "a" |]
let nested = ((1 : int), ("s" : string))
let fn : int -> int -> int = fun a b -> a * b
let unit_ret () : unit = ()

let () =
  Printf.printf "%d %d\n" (x : int) (f 1 2);
  Printf.printf "%d\n" (List.length (g "a b c" : string list));
  Printf.printf "%g %d %s\n" (h (1.5, 2.5)) (k [1; 2]) (id "id");
  Printf.printf "%d\n" (apply (fun (n : int) -> n * 3) 4);
  Printf.printf "%d %s %d\n" (match opt with Some n -> n | None -> 0) arr.(0) (fst nested);
  Printf.printf "%d\n" (fn 6 7);
  unit_ret ();
  let (a : int), (b : int) = 1, 2 in
  let (c : int * int) = (a, b) in
  Printf.printf "%d\n" (fst c + snd c)
