(* Working with mutable byte sequences *)
let hexdump b =
  let out = Buffer.create (Bytes.length b * 3) in
  Bytes.iter (fun c -> Buffer.add_string out (Printf.sprintf "%02x " (Char.code c))) b;
  Buffer.contents out

let xor_with key b = Bytes.mapi (fun i c -> Char.chr (Char.code c lxor Char.code key.[i mod String.length key])) b

let fill_pattern n = let b = Bytes.make n '-' in Bytes.blit_string "abc" 0 b 1 3; b

let swap_halves b =
  let n = Bytes.length b / 2 in
  let r = Bytes.create (Bytes.length b) in
  Bytes.blit b 0 r n n;
  Bytes.blit b n r 0 n;
  r

let () =
  let b = Bytes.of_string "Hi!" in
  print_endline (hexdump b);
  print_endline (Bytes.to_string (xor_with "k" (xor_with "k" b)));
  print_endline (Bytes.to_string (fill_pattern 6));
  print_endline (Bytes.to_string (swap_halves (Bytes.of_string "abcd")));
  Printf.printf "%d %c\n" (Bytes.length b) (Bytes.get b 1)
