(* status: 0 *)
(* Buffer: add_*, contents, sub, nth, length, reset, add_buffer, bprintf. *)
let () =
  let b = Buffer.create 4 in
  Buffer.add_string b "Hello";
  Buffer.add_char b ' ';
  Buffer.add_substring b "xxWorldxx" 2 5;
  Buffer.add_bytes b (Bytes.of_string "!");
  Printf.printf "%s (%d)\n" (Buffer.contents b) (Buffer.length b);
  Printf.printf "%s %c\n" (Buffer.sub b 6 5) (Buffer.nth b 4);
  let b2 = Buffer.create 16 in
  Printf.bprintf b2 "[%d|%s|%.2f]" 42 "str" 3.14159;
  Buffer.add_buffer b b2;
  print_endline (Buffer.contents b);
  Buffer.truncate b 5;
  print_endline (Buffer.contents b);
  Buffer.reset b;
  Printf.printf "after reset: %d\n" (Buffer.length b);
  for i = 1 to 1000 do Buffer.add_string b (string_of_int (i mod 10)) done;
  Printf.printf "%d %s\n" (Buffer.length b) (Buffer.sub b 995 5);
  let csv rows = let b = Buffer.create 64 in
    List.iter (fun r -> Buffer.add_string b (String.concat "," r); Buffer.add_char b '\n') rows;
    Buffer.contents b in
  print_string (csv [["a"; "b"]; ["1"; "2"]; ["x"; ""]]);
  let b3 = Buffer.create 8 in
  Buffer.add_utf_8_uchar b3 (Uchar.of_int 0x263A);
  Printf.printf "utf8 bytes %d\n" (Buffer.length b3)
