(* status: 0 *)
(* Polymorphic comparison and equality on structured values. *)
type v = A | B of int | C of string * int | D

type r = { x : int; y : string }

let () =
  let vs = [D; B 3; A; C ("b", 1); B (-1); C ("a", 9); A] in
  let s = List.sort compare vs in
  let show = function A -> "A" | B n -> Printf.sprintf "B%d" n | C (s, n) -> Printf.sprintf "C(%s,%d)" s n | D -> "D" in
  print_endline (String.concat " " (List.map show s));
  Printf.printf "%d %d %d\n" (compare [1; 2] [1; 2; 3]) (compare [2] [1; 5]) (compare [] [0]);
  Printf.printf "%d %d\n" (compare (1, "b") (1, "a")) (compare (0, "z") (1, "a"));
  Printf.printf "%d\n" (compare { x = 1; y = "b" } { x = 1; y = "a" });
  Printf.printf "%b %b\n" ([| 1; 2 |] = [| 1; 2 |]) ([| 1; 2 |] < [| 1; 3 |]);
  Printf.printf "%d\n" (compare [| 1; 2; 3 |] [| 5 |]);
  Printf.printf "%b %b %b\n" (Some 3 > None) (Ok 1 = Ok 1) ((Error 2 : (int, int) result) > Ok 5);
  Printf.printf "%b %b\n" (String.make 1 'a' == String.make 1 'a') (let s = "abc" in s == s);
  Printf.printf "%b %b\n" (1 == 1) ([] == []);
  Printf.printf "%s %s\n" (show (max (B 1) (C ("", 0)))) (show (min A D));
  (try ignore (compare (fun x -> x) (fun x -> x)) with Invalid_argument m -> print_endline m);
  (try ignore ((fun x -> x + 1) = (fun x -> x + 1)) with Invalid_argument m -> print_endline m);
  Printf.printf "%b\n" (ref 1 = ref 1 && not (ref 1 == ref 1))
