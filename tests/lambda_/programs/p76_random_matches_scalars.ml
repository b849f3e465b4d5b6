let lists = [[]; [0]; [1]; [0; 1]; [1; 0]; [2; 2; 2]; [5; 1; 0]]
let chars = ['a'; 'z'; 'M'; '0'; ' ']
let strings = [""; "a"; "ab"; "zz"]
let arrays = [[||]; [|0|]; [|1; 2|]; [|0; 0|]]

let n0 l c s a = match l, c, s, a with
  | (2 :: _), 'z', ("ab" | "zz"), [|0|] -> 0
  | _, 'z', ("ab" | "zz"), [|0|] -> 1
  | _ -> -1
let n1 l c s a = match l, c, s, a with
  | ([_; _] | (2 :: (1 :: _))), 'a', ("ab" | "zz"), [|_|] -> 0
  | [], 'z', "zz", [|_|] -> 1
  | ((1 as h) :: (2 :: _)), ('0'..'9' | ' '), "zz", [|0|] when h = h && s = "a" -> 2
  | ((1 as h) :: [_; 0; 1]), 'A'..'Z', ("ab" | "zz"), [||] -> 3
  | [], 'z', ("ab" | "zz"), [|0|] -> 4
  | _ -> -1
let n2 l c s a = match l, c, s, a with
  | [_], 'A'..'Z', "a", [|_; 2|] -> 0
  | _, 'z', _, [|_|] -> 1
  | (0 :: []), 'A'..'Z', "zz", [||] -> 2
  | l0, 'z', "", [|0; _|] when l0 = l0 && c > (Char.chr 80) -> 3
  | _, ('a' | 'z'), "a", [||] -> 4
  | l0, 'a', "", ([|1; _|] | [|0; 0|]) when l0 = l0 && s = "a" -> 5
  | _ -> -1
let n3 l c s a = match l, c, s, a with
  | [], ('a' | 'z'), _, [|_|] -> 0
  | [], 'A'..'Z', "a", [|0|] -> 1
  | _ -> -1
let n4 l c s a = match l, c, s, a with
  | _, 'a'..'m', "a", [||] -> 0
  | l0, _, "", ([|1; _|] | [|0; 0|]) -> 1
  | ((1 as h) :: (2 :: [])), 'a'..'m', "zz", [||] when h = h && c > (Char.chr 80) -> 2
  | _, 'a'..'m', "zz", [|0|] -> 3
  | _ -> -1
let n5 l c s a = match l, c, s, a with
  | (_ :: _), 'a'..'m', "", ([|1; _|] | [|0; 0|]) -> 0
  | ((0 | 2) :: [_; 2; _]), 'a', _, [|0|] -> 1
  | _, 'a', "", [|_; 2|] -> 2
  | _ -> -1
let n6 l c s a = match l, c, s, a with
  | (1 :: ((0 | 2) :: (2 :: _))), ('a' | 'z'), _, [||] -> 0
  | l0, 'a'..'m', "", [|_; 2|] when l0 = l0 && true -> 1
  | (((0 | 2) :: (_ | _)) | []), ('a' | 'z'), ("ab" | "zz"), [|_|] -> 2
  | _ -> -1
let n7 l c s a = match l, c, s, a with
  | ((1 as h) :: (1 :: (_ | _))), 'a'..'m', _, [|0; _|] when h = h && true -> 0
  | (0 :: (_ | (0 :: _))), _, _, [|0; _|] -> 1
  | _, 'z', ("ab" | "zz"), _ -> 2
  | [], 'a', "a", _ -> 3
  | [0; 1], _, "a", _ -> 4
  | ((0 | 2) :: []), 'a'..'m', "a", [|_; 2|] -> 5
  | (1 :: (2 :: l0)), 'a', "zz", [|0|] when l0 = l0 && c > (Char.chr 80) -> 6
  | _ -> -1
let n8 l c s a = match l, c, s, a with
  | _, ('a' | 'z'), "a", [|0|] -> 0
  | (1 :: (_ :: (_ | _))), 'a'..'m', ("ab" | "zz"), _ -> 1
  | (_ :: (1 :: (1 :: _))), 'A'..'Z', ("ab" | "zz"), _ -> 2
  | (0 :: [1; _; 1]), _, _, _ -> 3
  | _, ('0'..'9' | ' '), _, [|0; _|] -> 4
  | ((0 | 2) :: []), 'a', _, [|_|] -> 5
  | ((0 | 2) :: [_; 2]), _, ("ab" | "zz"), _ -> 6
  | l0, ('0'..'9' | ' '), "a", [|0|] when l0 = l0 && c > (Char.chr 80) -> 7
  | _ -> -1
let n9 l c s a = match l, c, s, a with
  | [], 'a'..'m', "a", ([|1; _|] | [|0; 0|]) -> 0
  | (_ :: ((1 as h) :: (1 :: l1))), 'A'..'Z', "a", [|0; _|] -> 1
  | (1 :: []), ('0'..'9' | ' '), "zz", [|0; _|] -> 2
  | ((0 | 2) :: (1 :: (2 :: _))), ('0'..'9' | ' '), ("ab" | "zz"), _ -> 3
  | ((0 | 2) :: []), 'a', ("ab" | "zz"), [|0|] -> 4
  | (1 :: (2 :: (_ | _))), ('a' | 'z'), _, ([|1; _|] | [|0; 0|]) -> 5
  | [], 'z', ("ab" | "zz"), [|0|] -> 6
  | ((1 as h) :: l1), ('0'..'9' | ' '), "", [||] -> 7
  | _ -> -1
let n10 l c s a = match l, c, s, a with
  | ((_ | ((0 | 2) :: _)) | []), _, "a", [|_|] -> 0
  | [], 'z', "a", ([|1; _|] | [|0; 0|]) -> 1
  | _, 'a', "zz", [|0; _|] -> 2
  | (_ :: ((1 as h) :: (_ | _))), ('0'..'9' | ' '), ("ab" | "zz"), _ -> 3
  | (0 :: [0; _; 2]), 'a', "a", [|_|] -> 4
  | (2 :: (2 :: ((1 as h) :: l1))), 'A'..'Z', ("ab" | "zz"), _ -> 5
  | l0, 'a', _, [|_|] when l0 = l0 && s = "a" -> 6
  | [0; 0], ('a' | 'z'), "zz", [||] -> 7
  | _ -> -1
let n11 l c s a = match l, c, s, a with
  | [2; _; _], 'a'..'m', "a", [|0|] -> 0
  | (1 :: _), 'A'..'Z', ("ab" | "zz"), [|0; _|] -> 1
  | (1 :: (0 :: (_ | _))), 'z', "a", [|_; 2|] -> 2
  | l0, ('0'..'9' | ' '), ("ab" | "zz"), ([|1; _|] | [|0; 0|]) when l0 = l0 && c > (Char.chr 80) -> 3
  | _ -> -1
let n12 l c s a = match l, c, s, a with
  | ([] | _), 'a', "a", [||] -> 0
  | (0 :: []), 'A'..'Z', "a", [|_; 2|] -> 1
  | ((0 | 2) :: []), ('a' | 'z'), "a", [||] -> 2
  | [_; 0], 'a'..'m', "", ([|1; _|] | [|0; 0|]) -> 3
  | l0, ('0'..'9' | ' '), _, [|0|] when l0 = l0 && s = "a" -> 4
  | (_ :: ((1 as h) :: [])), 'a', "a", [|_; 2|] -> 5
  | ((1 as h) :: l1), 'A'..'Z', "", _ when h = h && true -> 6
  | _ -> -1
let n13 l c s a = match l, c, s, a with
  | [], 'a'..'m', ("ab" | "zz"), [|0|] -> 0
  | ((1 :: (_ | _)) | ((1 :: _) | (_ | _))), ('0'..'9' | ' '), _, [||] -> 1
  | _ -> -1
let n14 l c s a = match l, c, s, a with
  | (_ :: (2 :: (2 :: _))), 'A'..'Z', ("ab" | "zz"), [|0|] -> 0
  | [_], 'a', "", [|_; 2|] -> 1
  | [2], 'A'..'Z', "zz", [|0|] -> 2
  | [2], ('a' | 'z'), ("ab" | "zz"), _ -> 3
  | [], 'A'..'Z', "a", _ -> 4
  | ([2; _] | (_ :: (2 :: _))), ('a' | 'z'), "", [|_|] -> 5
  | ((0 | 2) :: (0 :: l0)), ('a' | 'z'), _, [|_; 2|] when l0 = l0 && s = "a" -> 6
  | _ -> -1
let n15 l c s a = match l, c, s, a with
  | ((0 | 2) :: (0 :: _)), 'a', "", [|_|] -> 0
  | ((1 :: _) | [2; 2]), ('a' | 'z'), "zz", [|_; 2|] -> 1
  | ((1 :: (_ | _)) | ([] | (0 :: _))), 'z', ("ab" | "zz"), [|_|] -> 2
  | l0, _, ("ab" | "zz"), [|_|] when l0 = l0 && s = "a" -> 3
  | (2 :: (_ :: (_ | _))), 'A'..'Z', ("ab" | "zz"), [||] -> 4
  | [], 'a', "a", _ -> 5
  | ((1 :: _) | []), ('0'..'9' | ' '), "zz", [|_; 2|] -> 6
  | _ -> -1
let n16 l c s a = match l, c, s, a with
  | (2 :: (2 :: l0)), 'z', "zz", [||] -> 0
  | [], 'z', ("ab" | "zz"), ([|1; _|] | [|0; 0|]) -> 1
  | ((0 | 2) :: []), _, ("ab" | "zz"), [|0|] -> 2
  | (2 :: _), 'z', _, [|_; 2|] -> 3
  | _ -> -1
let n17 l c s a = match l, c, s, a with
  | [], ('0'..'9' | ' '), "zz", [|_; 2|] -> 0
  | _, _, "zz", [|_|] -> 1
  | [0; _], 'a'..'m', "zz", [|0|] -> 2
  | _, 'A'..'Z', "", _ -> 3
  | (_ :: _), ('a' | 'z'), "zz", [|_; 2|] -> 4
  | (0 :: [_; 1]), ('0'..'9' | ' '), "", [|0; _|] -> 5
  | _ -> -1
let n18 l c s a = match l, c, s, a with
  | ((2 :: []) | _), _, ("ab" | "zz"), [||] -> 0
  | l0, 'z', "zz", [|_; 2|] when l0 = l0 && true -> 1
  | l0, 'z', "a", [|_|] -> 2
  | _, 'z', "a", [|_|] -> 3
  | [], 'z', "zz", [|0|] -> 4
  | ((0 | 2) :: (1 :: [0; _])), 'A'..'Z', _, [||] -> 5
  | _ -> -1
let n19 l c s a = match l, c, s, a with
  | _, ('a' | 'z'), ("ab" | "zz"), ([|1; _|] | [|0; 0|]) -> 0
  | (2 :: (1 :: ((1 as h) :: _))), _, ("ab" | "zz"), [|0|] when h = h && true -> 1
  | (1 :: (_ :: (2 :: l0))), 'a'..'m', "a", [|0; _|] when l0 = l0 && s = "a" -> 2
  | ((1 as h) :: [0; 2]), 'z', ("ab" | "zz"), [|_; 2|] when h = h && s = "a" -> 3
  | [0], 'A'..'Z', ("ab" | "zz"), [|_; 2|] -> 4
  | (1 :: [2; 1; 0]), 'a'..'m', "", [|0; _|] -> 5
  | _, ('0'..'9' | ' '), ("ab" | "zz"), [|0; _|] -> 6
  | ((1 as h) :: (((0 | 2) :: _) | [0; _; 0])), 'A'..'Z', _, [|0|] when h = h && c > (Char.chr 80) -> 7
  | _ -> -1
let n20 l c s a = match l, c, s, a with
  | l0, ('0'..'9' | ' '), "zz", [|0|] -> 0
  | [], 'A'..'Z', "", [|0|] -> 1
  | _ -> -1
let n21 l c s a = match l, c, s, a with
  | l0, ('0'..'9' | ' '), "zz", ([|1; _|] | [|0; 0|]) when l0 = l0 && s = "a" -> 0
  | (1 :: _), _, _, [|_|] -> 1
  | (1 :: ((0 | 2) :: (1 :: _))), ('a' | 'z'), "a", [|0|] -> 2
  | _ -> -1
let n22 l c s a = match l, c, s, a with
  | [], ('a' | 'z'), ("ab" | "zz"), ([|1; _|] | [|0; 0|]) -> 0
  | _, _, _, _ -> 1
  | ((1 :: (2 :: _)) | (_ :: (_ :: _))), ('0'..'9' | ' '), "", [|_; 2|] -> 2
  | [], 'z', "a", ([|1; _|] | [|0; 0|]) -> 3
  | ((1 as h) :: (_ :: (1 :: _))), ('0'..'9' | ' '), "a", [|_|] when h = h && s = "a" -> 4
  | _ -> -1
let n23 l c s a = match l, c, s, a with
  | ([] | _), 'a'..'m', "a", [|0; _|] -> 0
  | _, ('0'..'9' | ' '), "zz", [|_; 2|] -> 1
  | [0], 'A'..'Z', _, [|_; 2|] -> 2
  | _, 'A'..'Z', _, [|0; _|] -> 3
  | (1 :: ((_ :: _) | (1 :: _))), ('0'..'9' | ' '), ("ab" | "zz"), ([|1; _|] | [|0; 0|]) -> 4
  | _, ('a' | 'z'), ("ab" | "zz"), ([|1; _|] | [|0; 0|]) -> 5
  | (_ | _), _, "a", ([|1; _|] | [|0; 0|]) -> 6
  | [], ('0'..'9' | ' '), "a", ([|1; _|] | [|0; 0|]) -> 7
  | _ -> -1
let n24 l c s a = match l, c, s, a with
  | ((1 as h) :: _), ('a' | 'z'), _, ([|1; _|] | [|0; 0|]) when h = h && s = "a" -> 0
  | [], ('0'..'9' | ' '), _, ([|1; _|] | [|0; 0|]) -> 1
  | _, 'z', "", ([|1; _|] | [|0; 0|]) -> 2
  | _, _, _, [|0|] -> 3
  | [_], 'a'..'m', "a", ([|1; _|] | [|0; 0|]) -> 4
  | ((2 :: _) | _), 'a'..'m', _, [|0|] -> 5
  | _ -> -1
let n25 l c s a = match l, c, s, a with
  | ([] | _), ('a' | 'z'), "zz", _ -> 0
  | [], ('a' | 'z'), "zz", _ -> 1
  | [], 'z', ("ab" | "zz"), _ -> 2
  | [], _, ("ab" | "zz"), [||] -> 3
  | _, ('a' | 'z'), _, [||] -> 4
  | ([0; 2] | ((0 | 2) :: (_ | _))), ('0'..'9' | ' '), "", [|0; _|] -> 5
  | _, _, "zz", [|0; _|] -> 6
  | _ -> -1
let n26 l c s a = match l, c, s, a with
  | (1 :: _), ('a' | 'z'), ("ab" | "zz"), [||] -> 0
  | _, ('0'..'9' | ' '), _, [|0; _|] -> 1
  | (_ :: [1; 0; 2]), ('0'..'9' | ' '), "a", [|0|] -> 2
  | _ -> -1
let n27 l c s a = match l, c, s, a with
  | _, ('0'..'9' | ' '), ("ab" | "zz"), ([|1; _|] | [|0; 0|]) -> 0
  | (1 :: _), 'A'..'Z', "a", [|0|] -> 1
  | ((0 | 2) :: (0 :: (2 :: _))), 'a', "", _ -> 2
  | _, ('0'..'9' | ' '), "zz", [|_; 2|] -> 3
  | ((0 | 2) :: _), _, "a", [|_|] -> 4
  | _, ('0'..'9' | ' '), "zz", _ -> 5
  | _ -> -1
let n28 l c s a = match l, c, s, a with
  | ([] | ([] | [])), ('a' | 'z'), ("ab" | "zz"), _ -> 0
  | (0 :: ((1 as h) :: (0 :: _))), ('0'..'9' | ' '), ("ab" | "zz"), [|_; 2|] -> 1
  | _, ('a' | 'z'), ("ab" | "zz"), [|_|] -> 2
  | l0, _, _, _ -> 3
  | (_ :: []), 'A'..'Z', ("ab" | "zz"), [||] -> 4
  | _ -> -1
let n29 l c s a = match l, c, s, a with
  | [], 'A'..'Z', "a", _ -> 0
  | [1; _; 1], _, "zz", [|0; _|] -> 1
  | (2 :: ((1 :: _) | (1 :: _))), 'a', _, ([|1; _|] | [|0; 0|]) -> 2
  | ((1 as h) :: (1 :: (2 :: _))), 'a', ("ab" | "zz"), [|0; _|] when h = h && s = "a" -> 3
  | [], ('a' | 'z'), "a", [||] -> 4
  | [0; 2; 2], 'a', "zz", [|0|] -> 5
  | l0, 'a'..'m', "zz", _ when l0 = l0 && true -> 6
  | _ -> -1
let n30 l c s a = match l, c, s, a with
  | (1 :: (1 :: [])), 'a', ("ab" | "zz"), [|0|] -> 0
  | _, 'a', "a", [||] -> 1
  | [1; 1], 'a'..'m', _, ([|1; _|] | [|0; 0|]) -> 2
  | ((1 as h) :: []), _, "zz", [|_|] when h = h && c > (Char.chr 80) -> 3
  | _ -> -1
let n31 l c s a = match l, c, s, a with
  | (_ :: [1; 0]), ('0'..'9' | ' '), ("ab" | "zz"), ([|1; _|] | [|0; 0|]) -> 0
  | _, 'A'..'Z', "zz", [|0|] -> 1
  | ((1 :: (0 :: _)) | ((_ | _) | [2; 1; 2])), 'z', _, [|_|] -> 2
  | [_; _; 2], 'a', _, [|_; 2|] -> 3
  | _ -> -1
let n32 l c s a = match l, c, s, a with
  | (1 :: ([] | _)), 'A'..'Z', "zz", [|_; 2|] -> 0
  | _, ('a' | 'z'), ("ab" | "zz"), [|0|] -> 1
  | [], 'a', "a", ([|1; _|] | [|0; 0|]) -> 2
  | [_; 2; 0], _, "a", [||] -> 3
  | _ -> -1
let n33 l c s a = match l, c, s, a with
  | _, ('0'..'9' | ' '), "zz", [|0|] -> 0
  | l0, 'a'..'m', _, [|_|] when l0 = l0 && true -> 1
  | [], 'A'..'Z', "", [|_; 2|] -> 2
  | (_ :: ([0; 1; 0] | _)), _, "a", [|_|] -> 3
  | _, _, "a", [|_; 2|] -> 4
  | (_ :: ((0 | 2) :: [])), ('0'..'9' | ' '), "", [|_; 2|] -> 5
  | (_ :: ((1 :: _) | (_ | _))), 'z', "zz", [|0|] -> 6
  | ((_ | (1 :: _)) | []), ('0'..'9' | ' '), ("ab" | "zz"), [|0|] -> 7
  | _ -> -1
let n34 l c s a = match l, c, s, a with
  | (_ :: []), _, _, [|_; 2|] -> 0
  | (2 :: ((1 :: _) | (2 :: _))), 'a', "a", [|_|] -> 1
  | [], 'z', _, [|0; _|] -> 2
  | _ -> -1
let n35 l c s a = match l, c, s, a with
  | (0 :: (1 :: [])), ('a' | 'z'), ("ab" | "zz"), _ -> 0
  | ((0 | 2) :: (2 :: (_ | _))), 'a'..'m', ("ab" | "zz"), ([|1; _|] | [|0; 0|]) -> 1
  | _, _, ("ab" | "zz"), [|0|] -> 2
  | (1 :: [_; 1; _]), 'A'..'Z', "a", ([|1; _|] | [|0; 0|]) -> 3
  | [0], 'z', _, [|0|] -> 4
  | _ -> -1
let n36 l c s a = match l, c, s, a with
  | [], 'a', "", [|_|] -> 0
  | ((0 | 2) :: ([] | (1 :: _))), ('a' | 'z'), "a", ([|1; _|] | [|0; 0|]) -> 1
  | _ -> -1
let n37 l c s a = match l, c, s, a with
  | ((0 | 2) :: [2; 0]), ('0'..'9' | ' '), "zz", ([|1; _|] | [|0; 0|]) -> 0
  | l0, _, _, _ -> 1
  | _ -> -1
let n38 l c s a = match l, c, s, a with
  | ((0 | 2) :: ((1 as h) :: [])), _, "a", [||] when h = h && true -> 0
  | [2], ('0'..'9' | ' '), "zz", [||] -> 1
  | (1 :: []), ('a' | 'z'), _, ([|1; _|] | [|0; 0|]) -> 2
  | [0; _], 'a'..'m', "a", ([|1; _|] | [|0; 0|]) -> 3
  | ((1 :: []) | (_ :: [])), ('0'..'9' | ' '), "a", [|0; _|] -> 4
  | _, _, _, ([|1; _|] | [|0; 0|]) -> 5
  | ((1 as h) :: l1), 'a', "", _ -> 6
  | _ -> -1
let n39 l c s a = match l, c, s, a with
  | _, 'a'..'m', "a", _ -> 0
  | ((0 | 2) :: _), _, _, [|_|] -> 1
  | [], 'a'..'m', "", [||] -> 2
  | ((1 as h) :: _), ('0'..'9' | ' '), "", [|0; _|] when h = h && c > (Char.chr 80) -> 3
  | [0; _; 2], ('a' | 'z'), ("ab" | "zz"), _ -> 4
  | _ -> -1
let () =
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n0 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n1 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n2 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n3 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n4 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n5 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n6 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n7 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n8 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n9 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n10 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n11 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n12 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n13 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n14 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n15 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n16 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n17 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n18 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n19 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n20 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n21 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n22 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n23 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n24 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n25 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n26 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n27 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n28 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n29 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n30 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n31 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n32 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n33 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n34 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n35 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n36 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n37 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n38 l c s a)) arrays) strings) chars) lists; print_newline ();
  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> print_int (n39 l c s a)) arrays) strings) chars) lists; print_newline ();
  ()
