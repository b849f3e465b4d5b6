(* Types determined by operators and library functions *)
let f1 a b = a + b
let f2 a b = a +. b
let f3 a b = a ^ b
let f4 a b = a @ b
let f5 a = a.(0)
let f6 s = s.[0]
let f7 r = !r
let f8 r v = r := v
let f9 a b = a = b
let f10 a b = a && b
let f11 x = -. x
let f12 l = List.hd l :: l
let f13 b i v = Bytes.set b i v
let f14 x = x mod 2 = 0 || x land 1 = 1
let f15 h k = Hashtbl.find h k

let () =
  Printf.printf "%d %g %s %d %d %c %d\n" (f1 1 2) (f2 1. 2.) (f3 "a" "b") (List.length (f4 [1] [2])) (f5 [| 4 |]) (f6 "z") (f7 (ref 9));
  ignore (f8 (ref 0) 1, f9 1 1, f10 true false, f11 1.0, f12 [1], f13 (Bytes.create 1) 0 'a', f14 3, (let h = Hashtbl.create 1 in Hashtbl.add h 1 2; f15 h 1) + 0)
