(* Formatted output (OCaml 4.13 semantics).

   robur has no GADTs: a format is its text at run time (docs/architecture.md),
   so Printf reads the text, counts the arguments the conversions need and
   returns a curried function built with [magic] that collects them; once
   all are there the pieces are rendered and handed to the continuation. *)

external magic : 'a -> 'b = "%identity"
external format_int : string -> int -> string = "caml_format_int"
external format_int32 : string -> int32 -> string = "caml_int32_format"
external format_int64 : string -> int64 -> string = "caml_int64_format"
external format_nativeint : string -> nativeint -> string = "caml_nativeint_format"
external format_float : string -> float -> string = "caml_format_float"
external hexstring_of_float : float -> int -> char -> string = "caml_hexstring_of_float"

(* the types Format shares (printf.mli: Robur_internal) *)
module Internal_types = struct
  type obj

  (* Format's "@" directives (OCaml's CamlinternalFormatBasics.formatting_lit);
     Printf reads "@" as plain text, which prints the same *)
  type formatting =
    | Close_box (* @] *)
    | Close_tag (* @} *)
    | Break of int * int (* @, @  @; @;<w o> *)
    | FFlush (* @? *)
    | Force_newline (* @\n *)
    | Flush_newline (* @. *)
    | Magic_size of int (* @<n> *)
    | Escaped_at (* @@ *)
    | Escaped_percent (* @%% *)
    | Scan_indic of char (* @c, any other c *)

  (* pieces of the output, in order *)
  type piece =
    | Str of string
    | Delay of (obj -> obj) (* %a, %t: applied to the output target *)
    | Flush_piece
    | Fmt of formatting
    | Box of piece list (* the pieces of the box description *)
    | Tag of piece list
end

open Internal_types

type padty = Pad_right | Pad_left | Pad_zeros

type count = No | Lit of int | Star

type spec = {
  pad : padty;
  plus : bool;
  space : bool;
  hash : bool;
  width : count;
  prec : count;
  size : char; (* ' ', 'l', 'L' or 'n' *)
  conv : char;
}

type item =
  | Text of string
  | Conv of spec
  | Alpha (* %a *)
  | Theta (* %t *)
  | Flush (* %! *)
  | Fmt_arg of item list (* %{ ... %}: prints the type of the inner format *)
  | Fmt_subst of item list (* %( ... %): a format argument, then its arguments *)
  | Formatting of formatting (* Format only *)
  | Open_box of item list (* @[<...>: the box description, a sub-format *)
  | Open_tag of item list (* @{<...>: the tag, a sub-format *)

(* -- parsing the format text ------------------------------------------------ *)

(* the index of the "%}" or "%)" closing the "%{" or "%(" whose contents
   start at [i] *)
let closing s i =
  let len = String.length s in
  let rec go i depth =
    if i + 1 >= len then invalid_arg "Printf: unclosed %{ or %("
    else if s.[i] <> '%' then go (i + 1) depth
    else
      match s.[i + 1] with
      | '{' | '(' -> go (i + 2) (depth + 1)
      | '}' | ')' -> if depth = 0 then i else go (i + 2) (depth - 1)
      | _ -> go (i + 2) depth
  in
  go i 0

(* with [at] (Format), "@" starts a directive and literal text is cut where
   OCaml's format parser cuts it (each run between "%" and "@", each "%%"
   alone): Format prints each as a token of its own *)
let rec parse (at : bool) (s : string) : item list =
  let len = String.length s in
  let items = ref [] in
  (* literal text so far, as pieces in reverse order *)
  let lit = ref [] in
  let push_lit () =
    if !lit <> [] then begin
      items := Text (String.concat "" (List.rev !lit)) :: !items;
      lit := []
    end
  in
  let push it = push_lit (); items := it :: !items in
  let add_lit str = if at then push (Text str) else lit := str :: !lit in
  let i = ref 0 in
  let number () =
    let n = ref 0 in
    while !i < len && s.[!i] >= '0' && s.[!i] <= '9' do
      n := !n * 10 + (Char.code s.[!i] - 48);
      incr i
    done;
    !n
  in
  while !i < len do
    let c = s.[!i] in
    if at && c = '@' then i := parse_at s !i push
    else if c <> '%' || !i + 1 >= len then begin
      let j = ref !i in
      while !j < len && s.[!j] <> '%' && not (at && s.[!j] = '@') do incr j done;
      let j = if !j = !i then !i + 1 else !j in
      add_lit (String.sub s !i (j - !i));
      i := j
    end else begin
      incr i;
      match s.[!i] with
      | '%' -> add_lit "%"; incr i
      | '@' -> add_lit "@"; incr i
      | '!' -> push Flush; incr i
      | ',' -> incr i
      | 'a' -> push Alpha; incr i
      | 't' -> push Theta; incr i
      | ('{' | '(') as c ->
        let j = closing s (!i + 1) in
        let inner = parse at (String.sub s (!i + 1) (j - !i - 1)) in
        push (if c = '{' then Fmt_arg inner else Fmt_subst inner);
        i := j + 2
      | _ ->
        let pad = ref Pad_right and plus = ref false and space = ref false
        and hash = ref false in
        let continue = ref true in
        while !continue && !i < len do
          (match s.[!i] with
           | '-' -> pad := Pad_left
           | '0' -> if !pad <> Pad_left then pad := Pad_zeros
           | '+' -> plus := true
           | ' ' -> space := true
           | '#' -> hash := true
           | _ -> continue := false);
          if !continue then incr i
        done;
        let width =
          if !i < len && s.[!i] = '*' then (incr i; Star)
          else if !i < len && s.[!i] >= '0' && s.[!i] <= '9' then Lit (number ())
          else No
        in
        let prec =
          if !i < len && s.[!i] = '.' then begin
            incr i;
            if !i < len && s.[!i] = '*' then (incr i; Star) else Lit (number ())
          end else No
        in
        let size =
          if !i + 1 < len then
            match s.[!i], s.[!i + 1] with
            | ('l' | 'L' | 'n'), ('d' | 'i' | 'u' | 'x' | 'X' | 'o') ->
              let z = s.[!i] in incr i; z
            | _ -> ' '
          else ' '
        in
        let conv = if !i < len then s.[!i] else 'd' in
        incr i;
        push (Conv { pad = !pad; plus = !plus; space = !space; hash = !hash;
                     width; prec; size; conv })
    end
  done;
  push_lit ();
  List.rev !items

(* the directive at s.[i] = '@': pushes its items, returns the index after
   it (OCaml's parse_after_at) *)
and parse_at s i push =
  let len = String.length s in
  let lit str = push (Text str) in
  let fmt f = push (Formatting f) in
  if i + 1 >= len then (lit "@"; len)
  else
    match s.[i + 1] with
    | ('[' | '{') as c ->
      let box_or_tag inner =
        push (if c = '[' then Open_box inner else Open_tag inner)
      in
      let j = i + 2 in
      let close =
        if j < len && s.[j] = '<' then String.index_from_opt s (j + 1) '>' else None
      in
      (match close with
       | Some k -> box_or_tag (parse true (String.sub s j (k - j + 1))); k + 1
       | None -> box_or_tag []; j)
    | ']' -> fmt Close_box; i + 2
    | '}' -> fmt Close_tag; i + 2
    | ',' -> fmt (Break (0, 0)); i + 2
    | ' ' -> fmt (Break (1, 0)); i + 2
    | ';' ->
      (match at_numbers s (i + 2) 2 with
       | Some ([w; o], j) -> fmt (Break (w, o)); j
       | Some ([w], j) -> fmt (Break (w, 0)); j
       | _ -> fmt (Break (1, 0)); i + 2)
    | '?' -> fmt FFlush; i + 2
    | '\n' -> fmt Force_newline; i + 2
    | '.' -> fmt Flush_newline; i + 2
    | '<' ->
      (match at_numbers s (i + 1) 1 with
       | Some ([n], j) -> fmt (Magic_size n); j
       | _ -> fmt (Scan_indic '<'); i + 2)
    | '@' -> fmt Escaped_at; i + 2
    | '%' when i + 2 < len && s.[i + 2] = '%' -> fmt Escaped_percent; i + 3
    | '%' -> lit "@"; i + 1
    | c -> fmt (Scan_indic c); i + 2

(* "<n>" or "<n m>" (up to [most] integers, at least one) at s.[i], as
   OCaml's parse_good_break and parse_magic_size read them: the integers
   and the index after '>' *)
and at_numbers s i most =
  let len = String.length s in
  let exception Bad in
  let spaces j =
    let j = ref j in
    while !j < len && s.[!j] = ' ' do incr j done;
    if !j >= len then raise Bad;
    !j
  in
  let integer j =
    let neg = s.[j] = '-' in
    let j = if neg then j + 1 else j in
    if j >= len || s.[j] < '0' || s.[j] > '9' then raise Bad;
    let j = ref j and n = ref 0 in
    while !j < len && s.[!j] >= '0' && s.[!j] <= '9' do
      n := !n * 10 + (Char.code s.[!j] - 48);
      if !n > 144115188075855863 (* Sys.max_string_length *) then raise Bad;
      incr j
    done;
    if !j >= len then raise Bad;
    (!j, if neg then - !n else !n)
  in
  let rec numbers j count acc =
    let j = spaces j in
    match s.[j] with
    | '>' when acc <> [] -> (List.rev acc, j + 1)
    | ('0' .. '9' | '-') when count < most ->
      let j, n = integer j in
      numbers j (count + 1) (n :: acc)
    | _ -> raise Bad
  in
  if i >= len || s.[i] <> '<' then None
  else try Some (numbers (i + 1) 0 []) with Bad -> None

let rec arity items =
  List.fold_left
    (fun n it ->
       match it with
       | Text _ | Flush | Formatting _ -> n
       | Open_box inner | Open_tag inner -> n + arity inner
       | Fmt_arg _ -> n + 1
       | Fmt_subst inner -> n + 1 + arity inner
       | Alpha -> n + 2
       | Theta -> n + 1
       | Conv sp ->
         n + 1 + (if sp.width = Star then 1 else 0) + (if sp.prec = Star then 1 else 0))
    0 items

(* the format type of [items] written as OCaml's string_of_fmtty does *)
let rec fmtty_string items =
  String.concat ""
    (List.map
       (fun it ->
          match it with
          | Text _ | Flush | Formatting _ -> ""
          | Open_box inner | Open_tag inner -> fmtty_string inner
          | Alpha -> "%a"
          | Theta -> "%t"
          | Fmt_arg inner -> "%{" ^ fmtty_string inner ^ "%}"
          | Fmt_subst inner -> "%(" ^ fmtty_string inner ^ "%)"
          | Conv sp ->
            let star c = if c = Star then "%i" else "" in
            let conv =
              match sp.conv with
              | 'd' | 'i' | 'u' | 'x' | 'X' | 'o' ->
                if sp.size = ' ' then "%i" else "%" ^ String.make 1 sp.size ^ "i"
              | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'h' | 'H' -> "%f"
              | 's' | 'S' -> "%s"
              | 'c' | 'C' -> "%c"
              | 'b' | 'B' -> "%B"
              | 'l' | 'n' | 'L' | 'N' -> "%i"
              | c -> "%" ^ String.make 1 c
            in
            star sp.width ^ star sp.prec ^ conv)
       items)

(* -- rendering ----------------------------------------------------------------- *)

let fix_padding padty width str =
  let len = String.length str in
  let padty = if width < 0 then Pad_left else padty in
  let width = abs width in
  if width <= len then str
  else begin
    let res = Bytes.make width (if padty = Pad_zeros then '0' else ' ') in
    (match padty with
     | Pad_left -> Bytes.blit_string str 0 res 0 len
     | Pad_right -> Bytes.blit_string str 0 res (width - len) len
     | Pad_zeros ->
       if len > 0 && (str.[0] = '+' || str.[0] = '-' || str.[0] = ' ') then begin
         Bytes.set res 0 str.[0];
         Bytes.blit_string str 1 res (width - len + 1) (len - 1)
       end else if len > 1 && str.[0] = '0' && (str.[1] = 'x' || str.[1] = 'X') then begin
         Bytes.set res 1 str.[1];
         Bytes.blit_string str 2 res (width - len + 2) (len - 2)
       end else Bytes.blit_string str 0 res (width - len) len);
    Bytes.to_string res
  end

let is_hex_digit c =
  (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')

let fix_int_precision prec str =
  let prec = abs prec in
  let len = String.length str in
  if len = 0 then str
  else
    let c = str.[0] in
    if (c = '+' || c = '-' || c = ' ') && prec + 1 > len then begin
      let res = Bytes.make (prec + 1) '0' in
      Bytes.set res 0 c;
      Bytes.blit_string str 1 res (prec - len + 2) (len - 1);
      Bytes.to_string res
    end else if c = '0' && prec + 2 > len && len > 1 && (str.[1] = 'x' || str.[1] = 'X')
    then begin
      let res = Bytes.make (prec + 2) '0' in
      Bytes.set res 1 str.[1];
      Bytes.blit_string str 2 res (prec - len + 4) (len - 2);
      Bytes.to_string res
    end else if is_hex_digit c && prec > len then begin
      let res = Bytes.make prec '0' in
      Bytes.blit_string str 0 res (prec - len) len;
      Bytes.to_string res
    end else str

(* %#d, %#i, %#u: digits grouped by three with underscores *)
let underscores s =
  let digits = ref 0 in
  String.iter (fun c -> if c >= '0' && c <= '9' then incr digits) s;
  if !digits = 0 then s
  else begin
    let buf = Bytes.create (String.length s + (!digits - 1) / 3) in
    let pos = ref 0 in
    let put c = Bytes.set buf !pos c; incr pos in
    let left = ref ((!digits - 1) mod 3 + 1) in
    String.iter
      (fun c ->
         if c >= '0' && c <= '9' then begin
           if !left = 0 then (put '_'; left := 3);
           decr left;
           put c
         end else put c)
      s;
    Bytes.to_string buf
  end

let int_format sp =
  let conv = if sp.conv = 'i' then 'd' else sp.conv in
  let flag =
    match conv with
    | 'd' -> if sp.plus then "+" else if sp.space then " " else ""
    | 'x' | 'X' | 'o' -> if sp.hash then "#" else ""
    | _ -> ""
  in
  "%" ^ flag ^ String.make 1 conv

let render_int sp prec (x : obj) =
  let f = int_format sp in
  let s =
    match sp.size with
    | 'l' -> format_int32 f (magic x)
    | 'L' -> format_int64 f (magic x)
    | 'n' -> format_nativeint f (magic x)
    | _ -> format_int f (magic x)
  in
  let s =
    if sp.hash && (sp.conv = 'd' || sp.conv = 'i' || sp.conv = 'u') then underscores s
    else s
  in
  match prec with
  | None -> s
  | Some p -> fix_int_precision p s

let needs_dot str =
  let len = String.length str in
  let rec valid i =
    if i = len then false
    else match str.[i] with '.' | 'e' | 'E' -> true | _ -> valid (i + 1)
  in
  not (valid 0)

let special_float x str =
  if x <> x then "nan"
  else if x = infinity then "infinity"
  else if x = neg_infinity then "neg_infinity"
  else str

let render_float sp prec (x : float) =
  let prec =
    match prec with
    | Some p -> p
    | None -> if sp.conv = 'F' && not sp.hash then 12 else -6
  in
  let hex () =
    let sign = if sp.plus then '+' else if sp.space then ' ' else '-' in
    hexstring_of_float x prec sign
  in
  let c_format symb =
    let flag = if sp.plus then "+" else if sp.space then " " else "" in
    "%" ^ flag ^ "." ^ string_of_int (abs prec) ^ String.make 1 symb
  in
  match sp.conv with
  | 'h' -> hex ()
  | 'H' -> String.uppercase_ascii (hex ())
  | 'F' ->
    if sp.hash then special_float x (hex ())
    else
      let str = format_float (c_format 'g') x in
      special_float x (if needs_dot str then str ^ "." else str)
  | c -> format_float (c_format c) x

let caml_char c = "'" ^ Char.escaped c ^ "'"

let render sp width prec (x : obj) =
  let s =
    match sp.conv with
    | 'd' | 'i' | 'u' | 'x' | 'X' | 'o' -> render_int sp prec x
    | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'h' | 'H' -> render_float sp prec (magic x)
    | 's' -> (magic x : string)
    | 'S' -> "\"" ^ String.escaped (magic x) ^ "\""
    | 'c' -> String.make 1 (magic x : char)
    | 'C' -> caml_char (magic x)
    | 'b' | 'B' -> string_of_bool (magic x)
    | 'l' | 'n' | 'L' | 'N' -> format_int "%u" (magic x) (* scanf's counters *)
    | c -> invalid_arg ("Printf: bad conversion %" ^ String.make 1 c)
  in
  (* OCaml 4.13 pads %s and %S to their precision when there is no width *)
  let width =
    match width, prec with
    | None, Some p when sp.conv = 's' || sp.conv = 'S' -> Some p
    | _ -> width
  in
  match width with
  | Some w when sp.conv <> 'c' && sp.conv <> 'C' -> fix_padding sp.pad w s
  | _ -> s (* OCaml 4.13 ignores the width of %c and %C *)

(* -- collecting the arguments --------------------------------------------------- *)

(* [make at items k] is the curried function of the arguments [items]
   needs; when the last one arrives, [k] receives the pieces in order.  A
   box or tag description's arguments come first, as in OCaml. *)
let items_of at fmt = parse at (string_of_format fmt)

let make (at : bool) (items : item list) (k : piece list -> 'r) : 'a =
  let rec go items acc (fin : piece list -> obj) : obj =
    match items with
    | [] -> fin acc
    | Text s :: rest -> go rest (Str s :: acc) fin
    | Flush :: rest -> go rest (Flush_piece :: acc) fin
    | Formatting f :: rest -> go rest (Fmt f :: acc) fin
    | Open_box inner :: rest ->
      go inner [] (fun sub -> go rest (Box (List.rev sub) :: acc) fin)
    | Open_tag inner :: rest ->
      go inner [] (fun sub -> go rest (Tag (List.rev sub) :: acc) fin)
    | Fmt_arg inner :: rest ->
      magic (fun (_ : obj) -> go rest (Str (fmtty_string inner) :: acc) fin)
    | Fmt_subst _ :: rest ->
      magic (fun (f : obj) -> go (items_of at (magic f) @ rest) acc fin)
    | Theta :: rest -> magic (fun (f : obj -> obj) -> go rest (Delay f :: acc) fin)
    | Alpha :: rest ->
      magic (fun (f : obj -> obj -> obj) ->
          magic (fun (x : obj) -> go rest (Delay (fun o -> f o x) :: acc) fin))
    | Conv sp :: rest ->
      let value width prec =
        magic (fun (x : obj) -> go rest (Str (render sp width prec x) :: acc) fin)
      in
      let with_prec width =
        match sp.prec with
        | No -> value width None
        | Lit p -> value width (Some p)
        | Star -> magic (fun (p : int) -> value width (Some p))
      in
      (match sp.width with
       | No -> with_prec None
       | Lit w -> with_prec (Some w)
       | Star -> magic (fun (w : int) -> with_prec (Some w)))
  in
  magic (go items [] (fun acc -> magic (k (List.rev acc))))

(* Format's entry point (printf.mli) *)
let make_printf at fmt k = make at (items_of at fmt) k

module Robur_internal = struct
  include Internal_types
  let make_printf = make_printf
end

(* -- outputs ----------------------------------------------------------------- *)

let output_pieces oc pieces =
  List.iter
    (function
      | Str s -> output_string oc s
      | Delay f -> ignore (f (magic oc))
      | Flush_piece -> flush oc
      | Fmt _ | Box _ | Tag _ -> ())
    pieces

(* Buffer.t's layout (stdlib/buffer.ml).  Printf does not call Buffer: that
   would link the unit, and with it Sys, whose implementation is not written
   yet; bprintf appends through this mirror of the record instead. *)
type buffer_mirror = {
  mutable buffer : bytes;
  mutable position : int;
  mutable capacity : int;
  initial : bytes;
}

let buffer_add (b : Buffer.t) s =
  let b : buffer_mirror = magic b in
  let len = String.length s in
  let needed = b.position + len in
  if needed > b.capacity then begin
    let cap = ref b.capacity in
    while !cap < needed do cap := 2 * !cap done;
    let nb = Bytes.create !cap in
    Bytes.blit b.buffer 0 nb 0 b.position;
    b.buffer <- nb;
    b.capacity <- !cap
  end;
  Bytes.blit_string s 0 b.buffer b.position len;
  b.position <- needed

let buffer_pieces b pieces =
  List.iter
    (function
      | Str s -> buffer_add b s
      | Delay f -> ignore (f (magic b))
      | Flush_piece | Fmt _ | Box _ | Tag _ -> ())
    pieces

let string_pieces pieces =
  let rev_strings =
    List.fold_left
      (fun acc p ->
         match p with
         | Str s -> s :: acc
         | Delay f -> (magic (f (magic ())) : string) :: acc
         | Flush_piece | Fmt _ | Box _ | Tag _ -> acc)
      [] pieces
  in
  String.concat "" (List.rev rev_strings)

let kfprintf k oc fmt =
  make false (items_of false fmt) (fun pieces -> output_pieces oc pieces; k oc)

let fprintf oc fmt = kfprintf ignore oc fmt
let printf fmt = fprintf stdout fmt
let eprintf fmt = fprintf stderr fmt

let ksprintf k fmt = make false (items_of false fmt) (fun pieces -> k (string_pieces pieces))
let sprintf fmt = ksprintf (fun s -> s) fmt

let kbprintf k b fmt =
  make false (items_of false fmt) (fun pieces -> buffer_pieces b pieces; k b)

let bprintf b fmt = kbprintf ignore b fmt

let ifprintf _ fmt = make false (items_of false fmt) (fun _ -> ())
let ibprintf b fmt = ifprintf b fmt
