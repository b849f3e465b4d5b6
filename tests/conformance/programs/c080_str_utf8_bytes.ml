(* status: 0 *)
(* Strings are byte sequences: UTF-8 text length, iteration over bytes. *)
let () =
  let s = "héllo wörld ☃" in
  Printf.printf "bytes %d\n" (String.length s);
  let ascii = ref 0 and high = ref 0 in
  String.iter (fun c -> if Char.code c < 128 then incr ascii else incr high) s;
  Printf.printf "ascii %d high %d\n" !ascii !high;
  let cps = ref 0 in
  String.iter (fun c -> if Char.code c land 0xC0 <> 0x80 then incr cps) s;
  Printf.printf "code points %d\n" !cps;
  print_endline (String.uppercase_ascii s);
  Printf.printf "%S\n" s;
  print_endline (String.escaped "☃");
  Printf.printf "%d\n" (Char.code s.[1])
