(* Buffer's functions beyond the basics: blit, UTF-8/16 encoders,
   add_subbytes, add_substitute (and its Not_found), sequences, binary
   integers, output_buffer.  No Printf. *)
let count = ref 0
let p s = print_string s; print_newline ()
let ex f = try f () with
  | Invalid_argument s -> "Invalid_argument " ^ s
  | Failure s -> "Failure " ^ s
  | Not_found -> "Not_found"
  | End_of_file -> "End_of_file"
let c name f = incr count; p (name ^ " = " ^ ex f)
let si = string_of_int
let q s = "\"" ^ String.escaped s ^ "\""
let with_buf f = let b = Buffer.create 1 in f b; q (Buffer.contents b)

let () =
  let src = Buffer.create 4 in
  Buffer.add_string src "hello world";
  List.iter (fun (so, d, len) ->
      c ("blit " ^ si so ^ " " ^ si d ^ " " ^ si len) (fun () ->
          let dst = Bytes.make 8 '.' in Buffer.blit src so dst d len; q (Bytes.to_string dst)))
    [(0, 0, 5); (6, 3, 5); (0, 0, 0); (11, 8, 0); (-1, 0, 1); (0, -1, 1); (7, 0, 5); (0, 4, 5); (0, 0, -1)];
  List.iter (fun u ->
      c ("add_utf_8_uchar " ^ si u) (fun () -> with_buf (fun b -> Buffer.add_utf_8_uchar b (Uchar.of_int u)));
      c ("add_utf_16le_uchar " ^ si u) (fun () -> with_buf (fun b -> Buffer.add_utf_16le_uchar b (Uchar.of_int u)));
      c ("add_utf_16be_uchar " ^ si u) (fun () -> with_buf (fun b -> Buffer.add_utf_16be_uchar b (Uchar.of_int u))))
    [0; 0x41; 0x7F; 0x80; 0x7FF; 0x800; 0xD7FF; 0xE000; 0xFFFF; 0x10000; 0x1F600; 0x10FFFF];
  List.iter (fun (o, l) ->
      c ("add_subbytes " ^ si o ^ " " ^ si l) (fun () ->
          with_buf (fun b -> Buffer.add_subbytes b (Bytes.of_string "abcdef") o l)))
    [(0, 6); (2, 3); (6, 0); (5, 2); (-1, 1); (0, -1)];
  let f = function "x" -> "EX" | "long_name" -> "LN" | "" -> "EMPTY" | s -> "<" ^ s ^ ">" in
  List.iter (fun s -> c ("add_substitute " ^ q s) (fun () -> with_buf (fun b -> Buffer.add_substitute b f s)))
    ["plain"; "$x"; "a $x b"; "$(x)"; "${long_name}y"; "$long_name!"; "\\$x"; "\\\\$x"; "a\\b"; "end\\";
     "$"; "$("; "${x"; "$(a(b)c)"; "$1abc"; "$$x"; "$ x"];
  c "to_seq" (fun () -> q (String.of_seq (Buffer.to_seq src)));
  c "to_seqi" (fun () -> String.concat "," (List.of_seq (Seq.map (fun (i, ch) -> si i ^ String.make 1 ch) (Buffer.to_seqi src))));
  c "of_seq" (fun () -> q (Buffer.contents (Buffer.of_seq (String.to_seq "seq!"))));
  c "add_seq" (fun () -> with_buf (fun b -> Buffer.add_string b "x"; Buffer.add_seq b (List.to_seq ['a'; 'b'])));
  List.iter (fun n ->
      let s = si n in
      c ("add_int8 " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int8 b n));
      c ("add_uint8 " ^ s) (fun () -> with_buf (fun b -> Buffer.add_uint8 b n));
      c ("add_int16_le " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int16_le b n));
      c ("add_int16_be " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int16_be b n));
      c ("add_int16_ne " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int16_ne b n));
      c ("add_uint16_le " ^ s) (fun () -> with_buf (fun b -> Buffer.add_uint16_le b n));
      c ("add_uint16_be " ^ s) (fun () -> with_buf (fun b -> Buffer.add_uint16_be b n));
      c ("add_uint16_ne " ^ s) (fun () -> with_buf (fun b -> Buffer.add_uint16_ne b n));
      c ("add_int32_le " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int32_le b (Int32.of_int n)));
      c ("add_int32_be " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int32_be b (Int32.of_int n)));
      c ("add_int32_ne " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int32_ne b (Int32.of_int n)));
      c ("add_int64_le " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int64_le b (Int64.of_int n)));
      c ("add_int64_be " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int64_be b (Int64.of_int n)));
      c ("add_int64_ne " ^ s) (fun () -> with_buf (fun b -> Buffer.add_int64_ne b (Int64.of_int n))))
    [0; 1; -1; 127; 128; 255; 256; -129; 0x1234; 0xABCDEF; 0x7FFFFFFF; -0x80000000; max_int; min_int];
  c "add_int64 min" (fun () -> with_buf (fun b -> Buffer.add_int64_be b Int64.min_int));
  c "add_int32 max" (fun () -> with_buf (fun b -> Buffer.add_int32_le b Int32.max_int));
  c "growth" (fun () -> let b = Buffer.create 1 in
               for i = 0 to 999 do Buffer.add_utf_8_uchar b (Uchar.of_int (i * 97)) done; si (Buffer.length b));
  Buffer.output_buffer stdout src; print_newline ();
  let il l = String.concat "," (List.map si l) in
  c "Stack.of_seq/add_seq" (fun () -> let s = Stack.of_seq (List.to_seq [1; 2; 3]) in
                              Stack.add_seq s (List.to_seq [4; 5]); il (List.of_seq (Stack.to_seq s)));
  c "Queue.of_seq/add_seq" (fun () -> let q = Queue.of_seq (List.to_seq [1; 2; 3]) in
                              Queue.add_seq q (List.to_seq [4; 5]); il (List.of_seq (Queue.to_seq q)));
  p ("checked calls: " ^ si !count)
