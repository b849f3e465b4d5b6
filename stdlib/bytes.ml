(* Byte sequence operations (OCaml 4.13 semantics). *)
external length : bytes -> int = "%bytes_length"
external get : bytes -> int -> char = "%bytes_safe_get"
external set : bytes -> int -> char -> unit = "%bytes_safe_set"
external create : int -> bytes = "caml_create_bytes"
external unsafe_get : bytes -> int -> char = "%bytes_unsafe_get"
external unsafe_set : bytes -> int -> char -> unit = "%bytes_unsafe_set"
external unsafe_to_string : bytes -> string = "%bytes_to_string"
external unsafe_of_string : string -> bytes = "%bytes_of_string"
external string_length : string -> int = "%string_length"
external unsafe_fill : bytes -> int -> int -> char -> unit = "caml_fill_bytes" [@@noalloc]
external unsafe_blit : bytes -> int -> bytes -> int -> int -> unit = "caml_blit_bytes" [@@noalloc]
external unsafe_blit_string : string -> int -> bytes -> int -> int -> unit
  = "caml_blit_string" [@@noalloc]
external char_code : char -> int = "%identity"
external char_unsafe_chr : int -> char = "%identity"
external compare_prim : bytes -> bytes -> int = "caml_bytes_compare"
external equal_prim : bytes -> bytes -> bool = "caml_bytes_equal" [@@noalloc]

type t = bytes

let make n c =
  let b = create n in
  unsafe_fill b 0 n c;
  b

let init n f =
  let b = create n in
  for i = 0 to n - 1 do unsafe_set b i (f i) done;
  b

let empty = create 0

let copy b =
  let n = length b in
  let r = create n in
  unsafe_blit b 0 r 0 n;
  r

let to_string b = unsafe_to_string (copy b)

let of_string s = copy (unsafe_of_string s)

let sub b ofs len =
  if ofs < 0 || len < 0 || ofs > length b - len then invalid_arg "String.sub / Bytes.sub"
  else begin
    let r = create len in
    unsafe_blit b ofs r 0 len;
    r
  end

let sub_string b ofs len = unsafe_to_string (sub b ofs len)

let extend b left right =
  let n = length b in
  (* addition that fails on overflow *)
  let add x y =
    let z = x + y in
    if (x < 0) = (y < 0) && (z < 0) <> (x < 0) then invalid_arg "Bytes.extend" else z
  in
  let len = add (add n left) right in
  let r = create len in
  let srcoff = if left < 0 then - left else 0 in
  let dstoff = if left < 0 then 0 else left in
  let from_src = n - srcoff and to_dst = len - dstoff in
  let cpylen = if from_src < to_dst then from_src else to_dst in
  if cpylen > 0 then unsafe_blit b srcoff r dstoff cpylen;
  r

let fill b ofs len c =
  if ofs < 0 || len < 0 || ofs > length b - len then invalid_arg "String.fill / Bytes.fill"
  else unsafe_fill b ofs len c

let blit src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > length src - len
     || dstoff < 0 || dstoff > length dst - len
  then invalid_arg "Bytes.blit"
  else unsafe_blit src srcoff dst dstoff len

let blit_string src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > string_length src - len
     || dstoff < 0 || dstoff > length dst - len
  then invalid_arg "String.blit / Bytes.blit_string"
  else unsafe_blit_string src srcoff dst dstoff len

let concat sep l =
  match l with
  | [] -> empty
  | first :: rest ->
    let seplen = length sep in
    let total =
      List.fold_left (fun acc b ->
          let n = acc + seplen + length b in
          if n < acc then invalid_arg "Bytes.concat" else n)
        (length first) rest
    in
    let r = create total in
    unsafe_blit first 0 r 0 (length first);
    let pos = ref (length first) in
    List.iter (fun b ->
        unsafe_blit sep 0 r !pos seplen;
        pos := !pos + seplen;
        unsafe_blit b 0 r !pos (length b);
        pos := !pos + length b)
      rest;
    r

let cat b1 b2 =
  let n1 = length b1 and n2 = length b2 in
  let n = n1 + n2 in
  if n < n1 then invalid_arg "Bytes.cat"
  else begin
    let r = create n in
    unsafe_blit b1 0 r 0 n1;
    unsafe_blit b2 0 r n1 n2;
    r
  end

let iter f b = for i = 0 to length b - 1 do f (unsafe_get b i) done

let iteri f b = for i = 0 to length b - 1 do f i (unsafe_get b i) done

let map f b =
  let n = length b in
  if n = 0 then b
  else begin
    let r = create n in
    for i = 0 to n - 1 do unsafe_set r i (f (unsafe_get b i)) done;
    r
  end

let mapi f b =
  let n = length b in
  if n = 0 then b
  else begin
    let r = create n in
    for i = 0 to n - 1 do unsafe_set r i (f i (unsafe_get b i)) done;
    r
  end

let is_space c =
  match c with ' ' | '\012' | '\n' | '\r' | '\t' -> true | _ -> false

let trim b =
  let n = length b in
  let i = ref 0 in
  while !i < n && is_space (unsafe_get b !i) do incr i done;
  let j = ref (n - 1) in
  while !j >= !i && is_space (unsafe_get b !j) do decr j done;
  if !j >= !i then sub b !i (!j - !i + 1) else empty

(* number of bytes that [c] takes once escaped *)
let escaped_width c =
  match c with
  | '"' | '\\' | '\n' | '\t' | '\r' | '\b' -> 2
  | ' ' .. '~' -> 1
  | _ -> 4

let escaped b =
  let n = length b in
  let width = ref 0 in
  for i = 0 to n - 1 do width := !width + escaped_width (unsafe_get b i) done;
  if !width = n then copy b
  else begin
    let r = create !width in
    let pos = ref 0 in
    let put c = unsafe_set r !pos c; incr pos in
    for i = 0 to n - 1 do
      let c = unsafe_get b i in
      match c with
      | '"' | '\\' -> put '\\'; put c
      | '\n' -> put '\\'; put 'n'
      | '\t' -> put '\\'; put 't'
      | '\r' -> put '\\'; put 'r'
      | '\b' -> put '\\'; put 'b'
      | ' ' .. '~' -> put c
      | _ ->
        let k = char_code c in
        put '\\';
        put (char_unsafe_chr (48 + k / 100));
        put (char_unsafe_chr (48 + (k / 10) mod 10));
        put (char_unsafe_chr (48 + k mod 10))
    done;
    r
  end

let rec index_rec b lim i c =
  if i >= lim then raise Not_found
  else if unsafe_get b i = c then i
  else index_rec b lim (i + 1) c

let rec index_rec_opt b lim i c =
  if i >= lim then None
  else if unsafe_get b i = c then Some i
  else index_rec_opt b lim (i + 1) c

let rec rindex_rec b i c =
  if i < 0 then raise Not_found
  else if unsafe_get b i = c then i
  else rindex_rec b (i - 1) c

let rec rindex_rec_opt b i c =
  if i < 0 then None
  else if unsafe_get b i = c then Some i
  else rindex_rec_opt b (i - 1) c

let index b c = index_rec b (length b) 0 c
let index_opt b c = index_rec_opt b (length b) 0 c
let rindex b c = rindex_rec b (length b - 1) c
let rindex_opt b c = rindex_rec_opt b (length b - 1) c

let contains b c =
  match index_rec_opt b (length b) 0 c with None -> false | Some _ -> true

let index_from b i c =
  let l = length b in
  if i < 0 || i > l then invalid_arg "String.index_from / Bytes.index_from"
  else index_rec b l i c

let index_from_opt b i c =
  let l = length b in
  if i < 0 || i > l then invalid_arg "String.index_from_opt / Bytes.index_from_opt"
  else index_rec_opt b l i c

let rindex_from b i c =
  if i < -1 || i >= length b then invalid_arg "String.rindex_from / Bytes.rindex_from"
  else rindex_rec b i c

let rindex_from_opt b i c =
  if i < -1 || i >= length b then
    invalid_arg "String.rindex_from_opt / Bytes.rindex_from_opt"
  else rindex_rec_opt b i c

let contains_from b i c =
  let l = length b in
  if i < 0 || i > l then invalid_arg "String.contains_from / Bytes.contains_from"
  else match index_rec_opt b l i c with None -> false | Some _ -> true

let rcontains_from b i c =
  if i < 0 || i >= length b then
    invalid_arg "String.rcontains_from / Bytes.rcontains_from"
  else match rindex_rec_opt b i c with None -> false | Some _ -> true

let lowercase_char c =
  match c with 'A' .. 'Z' -> char_unsafe_chr (char_code c + 32) | _ -> c

let uppercase_char c =
  match c with 'a' .. 'z' -> char_unsafe_chr (char_code c - 32) | _ -> c

let uppercase_ascii b = map uppercase_char b
let lowercase_ascii b = map lowercase_char b

let map_first f b =
  if length b = 0 then b
  else begin
    let r = copy b in
    unsafe_set r 0 (f (unsafe_get b 0));
    r
  end

let capitalize_ascii b = map_first uppercase_char b
let uncapitalize_ascii b = map_first lowercase_char b

let compare (b1 : t) b2 = compare_prim b1 b2
let equal (b1 : t) b2 = equal_prim b1 b2

let to_seq b =
  let rec from i () =
    if i = length b then Seq.Nil
    else Seq.Cons (unsafe_get b i, from (i + 1))
  in
  from 0

let of_seq s =
  let buf = ref (create 16) in
  let n = ref 0 in
  Seq.iter (fun c ->
      if !n = length !buf then begin
        let cap = 2 * length !buf in
        let nb = create cap in
        unsafe_blit !buf 0 nb 0 !n;
        buf := nb
      end;
      unsafe_set !buf !n c;
      incr n)
    s;
  sub !buf 0 !n
