(* Extensible buffers (OCaml 4.13 semantics). *)
type t = {
  mutable buffer : bytes;
  mutable position : int;
  mutable capacity : int;
  initial : bytes;
}

external bts : bytes -> string = "%bytes_to_string"
external string_length : string -> int = "%string_length"

let create n =
  let n = if n < 1 then 1 else n in
  let n = if n > Sys.max_string_length then Sys.max_string_length else n in
  let b = Bytes.create n in
  { buffer = b; position = 0; capacity = n; initial = b }

let contents b = Bytes.sub_string b.buffer 0 b.position

let to_bytes b = Bytes.sub b.buffer 0 b.position

let sub b ofs len =
  if ofs < 0 || len < 0 || ofs > b.position - len then invalid_arg "Buffer.sub"
  else Bytes.sub_string b.buffer ofs len

let nth b i =
  if i < 0 || i >= b.position then invalid_arg "Buffer.nth"
  else Bytes.unsafe_get b.buffer i

let length b = b.position

let clear b = b.position <- 0

let reset b =
  b.position <- 0;
  b.buffer <- b.initial;
  b.capacity <- Bytes.length b.buffer

(* make room for [more] more bytes *)
let resize b more =
  let needed = b.position + more in
  let cap = ref b.capacity in
  while !cap < needed do cap := 2 * !cap done;
  if !cap > Sys.max_string_length then begin
    if needed <= Sys.max_string_length then cap := Sys.max_string_length
    else failwith "Buffer.add: cannot grow buffer"
  end;
  let nb = Bytes.create !cap in
  Bytes.blit b.buffer 0 nb 0 b.position;
  b.buffer <- nb;
  b.capacity <- !cap

let add_char b c =
  if b.position >= b.capacity then resize b 1;
  Bytes.unsafe_set b.buffer b.position c;
  b.position <- b.position + 1

let add_substring b s ofs len =
  if ofs < 0 || len < 0 || ofs > string_length s - len then
    invalid_arg "Buffer.add_substring/add_subbytes"
  else begin
    if b.position + len > b.capacity then resize b len;
    Bytes.blit_string s ofs b.buffer b.position len;
    b.position <- b.position + len
  end

let add_string b s = add_substring b s 0 (string_length s)

let add_bytes b s = add_string b (Bytes.unsafe_to_string s)

let add_buffer b other = add_substring b (bts other.buffer) 0 other.position

let truncate b len =
  if len < 0 || len > b.position then invalid_arg "Buffer.truncate"
  else b.position <- len

(* -- the rest of OCaml 4.13's Buffer ------------------------------------- *)

let blit src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > src.position - len
     || dstoff < 0 || dstoff > Bytes.length dst - len
  then invalid_arg "Buffer.blit"
  else Bytes.blit src.buffer srcoff dst dstoff len

let add_subbytes b s ofs len = add_substring b (Bytes.unsafe_to_string s) ofs len

let output_buffer oc b = output oc b.buffer 0 b.position

(* input until len bytes or end of file, as OCaml's really_input_up_to *)
let add_channel b ic len =
  if len < 0 || len > Sys.max_string_length then invalid_arg "Buffer.add_channel";
  if b.position + len > b.capacity then resize b len;
  let rec loop read =
    if read = len then read
    else
      let r = input ic b.buffer (b.position + read) (len - read) in
      if r = 0 then read else loop (read + r)
  in
  let n = loop 0 in
  b.position <- b.position + n;
  if n < len then raise End_of_file

let byte b n = add_char b (Char.unsafe_chr (n land 0xFF))

let add_utf_8_uchar b u =
  let u = Uchar.to_int u in
  if u < 0 then assert false
  else if u <= 0x007F then byte b u
  else if u <= 0x07FF then begin
    byte b (0xC0 lor (u lsr 6)); byte b (0x80 lor (u land 0x3F))
  end else if u <= 0xFFFF then begin
    byte b (0xE0 lor (u lsr 12)); byte b (0x80 lor ((u lsr 6) land 0x3F));
    byte b (0x80 lor (u land 0x3F))
  end else if u <= 0x10FFFF then begin
    byte b (0xF0 lor (u lsr 18)); byte b (0x80 lor ((u lsr 12) land 0x3F));
    byte b (0x80 lor ((u lsr 6) land 0x3F)); byte b (0x80 lor (u land 0x3F))
  end else assert false

let add_utf_16 b u big =
  let pair x = if big then (byte b (x lsr 8); byte b x) else (byte b x; byte b (x lsr 8)) in
  let u = Uchar.to_int u in
  if u < 0 then assert false
  else if u <= 0xFFFF then pair u
  else if u <= 0x10FFFF then begin
    let u' = u - 0x10000 in
    pair (0xD800 lor (u' lsr 10));
    pair (0xDC00 lor (u' land 0x3FF))
  end else assert false

let add_utf_16be_uchar b u = add_utf_16 b u true
let add_utf_16le_uchar b u = add_utf_16 b u false

let closing = function
  | '(' -> ')'
  | '{' -> '}'
  | _ -> assert false

let advance_to_closing opening closing k s start =
  let rec advance k i lim =
    if i >= lim then raise Not_found else
    if s.[i] = opening then advance (k + 1) (i + 1) lim else
    if s.[i] = closing then
      if k = 0 then i else advance (k - 1) (i + 1) lim
    else advance k (i + 1) lim in
  advance k start (String.length s)

let advance_to_non_alpha s start =
  let rec advance i lim =
    if i >= lim then lim else
    match s.[i] with
    | 'a' .. 'z' | 'A' .. 'Z' | '0' .. '9' | '_' -> advance (i + 1) lim
    | _ -> i in
  advance start (String.length s)

let find_ident s start lim =
  if start >= lim then raise Not_found else
  match s.[start] with
  | '(' | '{' as c ->
     let new_start = start + 1 in
     let stop = advance_to_closing c (closing c) 0 s new_start in
     String.sub s new_start (stop - start - 1), stop + 1
  | _ ->
     let stop = advance_to_non_alpha s (start + 1) in
     String.sub s start (stop - start), stop

let add_substitute b f s =
  let lim = String.length s in
  let rec subst previous i =
    if i < lim then begin
      match s.[i] with
      | '$' as current when previous = '\\' ->
         add_char b current;
         subst ' ' (i + 1)
      | '$' ->
         let j = i + 1 in
         let ident, next_i = find_ident s j lim in
         add_string b (f ident);
         subst ' ' next_i
      | current when previous == '\\' ->
         add_char b '\\';
         add_char b current;
         subst ' ' (i + 1)
      | '\\' as current ->
         subst current (i + 1)
      | current ->
         add_char b current;
         subst current (i + 1)
    end else
    if previous = '\\' then add_char b previous in
  subst ' ' 0

let to_seq b =
  let rec aux i () =
    if i >= b.position then Seq.Nil
    else
      let x = Bytes.unsafe_get b.buffer i in
      Seq.Cons (x, aux (i + 1))
  in
  aux 0

let to_seqi b =
  let rec aux i () =
    if i >= b.position then Seq.Nil
    else
      let x = Bytes.unsafe_get b.buffer i in
      Seq.Cons ((i, x), aux (i + 1))
  in
  aux 0

let add_seq b seq = Seq.iter (add_char b) seq

let of_seq i =
  let b = create 32 in
  add_seq b i;
  b

(* binary integers, byte by byte (x86-64: native order is little-endian) *)
let add_int8 b x = byte b x
let add_uint8 = add_int8
let add_int16_le b x = byte b x; byte b (x lsr 8)
let add_int16_be b x = byte b (x lsr 8); byte b x
let add_int16_ne = add_int16_le
let add_uint16_le = add_int16_le
let add_uint16_be = add_int16_be
let add_uint16_ne = add_int16_ne
let add_int32_le b x =
  for k = 0 to 3 do byte b (Int32.to_int (Int32.shift_right_logical x (8 * k))) done
let add_int32_be b x =
  for k = 3 downto 0 do byte b (Int32.to_int (Int32.shift_right_logical x (8 * k))) done
let add_int32_ne = add_int32_le
let add_int64_le b x =
  for k = 0 to 7 do byte b (Int64.to_int (Int64.shift_right_logical x (8 * k))) done
let add_int64_be b x =
  for k = 7 downto 0 do byte b (Int64.to_int (Int64.shift_right_logical x (8 * k))) done
let add_int64_ne = add_int64_le
