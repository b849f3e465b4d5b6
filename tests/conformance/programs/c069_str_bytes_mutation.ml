(* status: 0 *)
(* Bytes: create, set, blit, fill, sub, to_string/of_string copies. *)
let () =
  let b = Bytes.make 10 '.' in
  Bytes.set b 0 'H';
  Bytes.blit_string "ello" 0 b 1 4;
  Bytes.fill b 5 3 '!';
  print_endline (Bytes.to_string b);
  let s = Bytes.to_string b in
  Bytes.set b 0 'J';
  Printf.printf "%s %s\n" s (Bytes.to_string b);
  let c = Bytes.of_string "abcdef" in
  Bytes.blit c 0 c 2 4;
  print_endline (Bytes.to_string c);
  let r = Bytes.init 26 (fun i -> Char.chr (Char.code 'z' - i)) in
  print_endline (Bytes.to_string r);
  print_endline (Bytes.sub_string r 5 5);
  let u = Bytes.uppercase_ascii (Bytes.of_string "mixed Case 123") in
  print_endline (Bytes.to_string u);
  let rev s = let n = Bytes.length s in Bytes.init n (fun i -> Bytes.get s (n - 1 - i)) in
  print_endline (Bytes.to_string (rev (Bytes.of_string "stressed")));
  let e = Bytes.extend (Bytes.of_string "mid") 2 3 in
  Bytes.fill e 0 2 '<'; Bytes.fill e 5 3 '>';
  print_endline (Bytes.to_string e);
  Printf.printf "%d %b\n" (Bytes.length Bytes.empty) (Bytes.equal (Bytes.of_string "x") (Bytes.make 1 'x'))
