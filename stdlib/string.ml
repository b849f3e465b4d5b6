(* String operations (OCaml 4.13 semantics), on top of Bytes. *)
external length : string -> int = "%string_length"
external get : string -> int -> char = "%string_safe_get"
external unsafe_get : string -> int -> char = "%string_unsafe_get"
external bts : bytes -> string = "%bytes_to_string"
external bos : string -> bytes = "%bytes_of_string"
external unsafe_blit_string : string -> int -> bytes -> int -> int -> unit
  = "caml_blit_string" [@@noalloc]
external compare_prim : string -> string -> int = "caml_string_compare"
external equal_prim : string -> string -> bool = "caml_string_equal" [@@noalloc]

type t = string

let make n c = bts (Bytes.make n c)

let init n f = bts (Bytes.init n f)

let empty = ""

let of_bytes b = Bytes.to_string b

let to_bytes s = Bytes.of_string s

let sub s ofs len = bts (Bytes.sub (bos s) ofs len)

let blit src srcoff dst dstoff len = Bytes.blit_string src srcoff dst dstoff len

let concat sep l =
  match l with
  | [] -> ""
  | first :: rest ->
    let seplen = length sep in
    let total =
      List.fold_left (fun acc s ->
          let n = acc + seplen + length s in
          if n < acc then invalid_arg "String.concat" else n)
        (length first) rest
    in
    let r = Bytes.create total in
    unsafe_blit_string first 0 r 0 (length first);
    let pos = ref (length first) in
    List.iter (fun s ->
        unsafe_blit_string sep 0 r !pos seplen;
        pos := !pos + seplen;
        unsafe_blit_string s 0 r !pos (length s);
        pos := !pos + length s)
      rest;
    bts r

let cat s1 s2 = s1 ^ s2

let equal (s1 : t) s2 = equal_prim s1 s2

let compare (s1 : t) s2 = compare_prim s1 s2

let starts_with prefix s =
  let n = length prefix in
  let rec go i = i = n || (unsafe_get s i = unsafe_get prefix i && go (i + 1)) in
  length s >= n && go 0

let ends_with suffix s =
  let n = length suffix in
  let d = length s - n in
  let rec go i = i = n || (unsafe_get s (d + i) = unsafe_get suffix i && go (i + 1)) in
  d >= 0 && go 0

(* The searches are Bytes' (a string is read as bytes, never written). *)
let index s c = Bytes.index (bos s) c
let index_opt s c = Bytes.index_opt (bos s) c
let rindex s c = Bytes.rindex (bos s) c
let rindex_opt s c = Bytes.rindex_opt (bos s) c
let index_from s i c = Bytes.index_from (bos s) i c
let index_from_opt s i c = Bytes.index_from_opt (bos s) i c
let rindex_from s i c = Bytes.rindex_from (bos s) i c
let rindex_from_opt s i c = Bytes.rindex_from_opt (bos s) i c
let contains_from s i c = Bytes.contains_from (bos s) i c
let rcontains_from s i c = Bytes.rcontains_from (bos s) i c
let contains s c = Bytes.contains (bos s) c

let split_on_char sep s =
  let rec go acc stop i =
    if i < 0 then sub s 0 stop :: acc
    else if unsafe_get s i = sep then go (sub s (i + 1) (stop - i - 1) :: acc) i (i - 1)
    else go acc stop (i - 1)
  in
  let n = length s in
  go [] n (n - 1)

let map f s = bts (Bytes.map f (bos s))

let mapi f s = bts (Bytes.mapi f (bos s))

let is_space c =
  match c with ' ' | '\012' | '\n' | '\r' | '\t' -> true | _ -> false

let trim s =
  let n = length s in
  if n = 0 || not (is_space (unsafe_get s 0) || is_space (unsafe_get s (n - 1)))
  then s
  else bts (Bytes.trim (bos s))

let escaped s =
  let rec needs i =
    i < length s
    && (match unsafe_get s i with
        | '"' | '\\' | '\000' .. '\031' | '\127' .. '\255' -> true
        | _ -> needs (i + 1))
  in
  if needs 0 then bts (Bytes.escaped (bos s)) else s

let uppercase_ascii s = bts (Bytes.uppercase_ascii (bos s))
let lowercase_ascii s = bts (Bytes.lowercase_ascii (bos s))
let capitalize_ascii s = bts (Bytes.capitalize_ascii (bos s))
let uncapitalize_ascii s = bts (Bytes.uncapitalize_ascii (bos s))

let fold_left f acc s =
  let r = ref acc in
  for i = 0 to length s - 1 do r := f !r (unsafe_get s i) done;
  !r

let fold_right f s acc =
  let r = ref acc in
  for i = length s - 1 downto 0 do r := f (unsafe_get s i) !r done;
  !r

let for_all p s =
  let n = length s in
  let rec go i = i = n || (p (unsafe_get s i) && go (i + 1)) in
  go 0

let exists p s =
  let n = length s in
  let rec go i = i < n && (p (unsafe_get s i) || go (i + 1)) in
  go 0

let iter f s = for i = 0 to length s - 1 do f (unsafe_get s i) done

let iteri f s = for i = 0 to length s - 1 do f i (unsafe_get s i) done

let to_seq s = Bytes.to_seq (bos s)

let to_seqi s =
  let rec from i () =
    if i = length s then Seq.Nil else Seq.Cons ((i, unsafe_get s i), from (i + 1))
  in
  from 0

let of_seq seq = bts (Bytes.of_seq seq)
