open Tutil

let strs = [""; "a"; "abc"; "  hello world  "; "a,b,,c,"; ",,"; "\tTab\n"; "Caml\000\255\"q\\'x";
            "UPPER lower 123"; "aaa"; "\r\n \012x y\t"; "é\127"]
let chars = ['a'; ','; ' '; 'z'; '\000'; 'l']
let idx = [-2; -1; 0; 1; 2; 3; 5; 15; 16]

let () =
  List.iteri (fun k s ->
      let n = Printf.sprintf "[%d]" k in
      check ("length" ^ n) int (fun () -> String.length s);
      check ("of_bytes" ^ n) str (fun () -> String.of_bytes (Bytes.of_string s));
      check ("to_bytes" ^ n) bytes (fun () -> String.to_bytes s);
      check ("trim" ^ n) str (fun () -> String.trim s);
      check ("escaped" ^ n) str (fun () -> String.escaped s);
      check ("uppercase_ascii" ^ n) str (fun () -> String.uppercase_ascii s);
      check ("lowercase_ascii" ^ n) str (fun () -> String.lowercase_ascii s);
      check ("capitalize_ascii" ^ n) str (fun () -> String.capitalize_ascii s);
      check ("uncapitalize_ascii" ^ n) str (fun () -> String.uncapitalize_ascii (String.capitalize_ascii s));
      check ("map" ^ n) str (fun () -> String.map (fun c -> Char.chr ((Char.code c + 1) land 255)) s);
      check ("mapi" ^ n) str (fun () -> String.mapi (fun i c -> if i mod 2 = 0 then '_' else c) s);
      check_trace ("fold_left" ^ n) int (fun () -> String.fold_left (fun a c -> log "%C" c; a * 3 + Char.code c) 0 s);
      check_trace ("fold_right" ^ n) int (fun () -> String.fold_right (fun c a -> log "%C" c; a * 3 + Char.code c) s 0);
      check_trace ("for_all" ^ n) bool (fun () -> String.for_all (fun c -> log "%C" c; c <> ',') s);
      check_trace ("exists" ^ n) bool (fun () -> String.exists (fun c -> log "%C" c; c = 'l') s);
      check_trace ("iter" ^ n) unit (fun () -> String.iter (fun c -> log "%C" c) s);
      check_trace ("iteri" ^ n) unit (fun () -> String.iteri (fun i c -> log "%d%C" i c) s);
      check ("to_seq" ^ n) (list chr) (fun () -> List.of_seq (String.to_seq s));
      check ("to_seqi" ^ n) (list (pair int chr)) (fun () -> List.of_seq (String.to_seqi s));
      check ("of_seq" ^ n) str (fun () -> String.of_seq (List.to_seq (List.rev (List.of_seq (String.to_seq s)))));
      check ("split_on_char ," ^ n) (list str) (fun () -> String.split_on_char ',' s);
      check ("split_on_char ' '" ^ n) (list str) (fun () -> String.split_on_char ' ' s);
      check ("concat" ^ n) str (fun () -> String.concat s ["x"; ""; "yz"]);
      check ("concat1" ^ n) str (fun () -> String.concat "-" [s]);
      check ("concat0" ^ n) str (fun () -> String.concat s []);
      check ("cat" ^ n) str (fun () -> String.cat s "<>");
      List.iter (fun c ->
          let m = Printf.sprintf "%s %C" n c in
          check ("contains" ^ m) bool (fun () -> String.contains s c);
          check ("index" ^ m) int (fun () -> String.index s c);
          check ("index_opt" ^ m) (opt int) (fun () -> String.index_opt s c);
          check ("rindex" ^ m) int (fun () -> String.rindex s c);
          check ("rindex_opt" ^ m) (opt int) (fun () -> String.rindex_opt s c);
          check ("make" ^ m) str (fun () -> String.make (String.length s - 3) c);
          List.iter (fun i ->
              let m = Printf.sprintf "%s %d" m i in
              check ("index_from" ^ m) int (fun () -> String.index_from s i c);
              check ("index_from_opt" ^ m) (opt int) (fun () -> String.index_from_opt s i c);
              check ("rindex_from" ^ m) int (fun () -> String.rindex_from s i c);
              check ("rindex_from_opt" ^ m) (opt int) (fun () -> String.rindex_from_opt s i c);
              check ("contains_from" ^ m) bool (fun () -> String.contains_from s i c);
              check ("rcontains_from" ^ m) bool (fun () -> String.rcontains_from s i c))
            idx)
        chars;
      List.iter (fun (o, l) ->
          check (Printf.sprintf "sub%s %d %d" n o l) str (fun () -> String.sub s o l);
          let b = Bytes.make 6 '.' in
          check (Printf.sprintf "blit%s %d %d" n o l) bytes (fun () -> String.blit s o b 1 l; b))
        [(0, 0); (0, 1); (1, 2); (-1, 1); (2, -1); (0, 3); (3, 0); (2, 5); (0, 16)];
      List.iter (fun s2 ->
          check ("equal" ^ n) bool (fun () -> String.equal s s2);
          check ("compare" ^ n) int (fun () -> String.compare s s2);
          check ("starts_with" ^ n) bool (fun () -> String.starts_with s2 s);
          check ("ends_with" ^ n) bool (fun () -> String.ends_with s2 s))
        [""; "a"; "abc"; "ab"; "bc"; "c"; "  "; s; s ^ "x"])
    strs;
  List.iter (fun k ->
      check_trace (Printf.sprintf "init %d" k) str (fun () -> String.init k (fun i -> log "%d" i; Char.chr (65 + i))))
    [-1; 0; 1; 5];
  check "make neg" str (fun () -> String.make (-1) 'x');
  check "empty" str (fun () -> String.empty);
  check "get" chr (fun () -> String.get "abc" 1);
  check "get oob" chr (fun () -> String.get "abc" 3);
  check "get neg" chr (fun () -> String.get "abc" (-1));
  check "unsafe_get" chr (fun () -> String.unsafe_get "abc" 2);
  check "blit dst oob" bytes (fun () -> let b = Bytes.make 3 '.' in String.blit "abcdef" 0 b 1 3; b);
  check "blit dst neg" bytes (fun () -> let b = Bytes.make 3 '.' in String.blit "abcdef" 0 b (-1) 1; b);
  check "blit ok" bytes (fun () -> let b = Bytes.make 3 '.' in String.blit "abcdef" 4 b 1 2; b);
  let all = String.init 256 Char.chr in
  check "escaped all" str (fun () -> String.escaped all);
  check "upper all" str (fun () -> String.uppercase_ascii all);
  check "lower all" str (fun () -> String.lowercase_ascii all);
  check "trim all" str (fun () -> String.trim all);
  check "long concat" int (fun () -> String.length (String.concat ", " (List.init 10000 string_of_int)));
  check "long of_seq" int (fun () -> String.length (String.of_seq (Seq.unfold (fun i -> if i < 100000 then Some ('x', i + 1) else None) 0)));
  finish ()
