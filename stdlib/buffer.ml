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
