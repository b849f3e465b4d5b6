open Tutil

let strs = [""; "a"; "abc"; "  hello world  "; "a,b,,c,"; "\tTab\n"; "Caml\000\255\"q\\'x";
            "UPPER lower 123"; "\r\n \012x y\t"]
let chars = ['a'; ','; ' '; 'z'; '\000']
let b = Bytes.of_string

let () =
  List.iteri (fun k s ->
      let n = Printf.sprintf "[%d]" k in
      check ("length" ^ n) int (fun () -> Bytes.length (b s));
      check ("of_string" ^ n) bytes (fun () -> Bytes.of_string s);
      check ("to_string" ^ n) str (fun () -> Bytes.to_string (b s));
      check ("copy" ^ n) bytes (fun () -> let x = b s in let y = Bytes.copy x in Bytes.fill x 0 (Bytes.length x) '#'; y);
      check ("copy phys" ^ n) bool (fun () -> let x = b s in Bytes.copy x != x);
      check ("of_string fresh" ^ n) str (fun () -> let x = Bytes.of_string s in if Bytes.length x > 0 then Bytes.set x 0 '!'; s);
      check ("trim" ^ n) bytes (fun () -> Bytes.trim (b s));
      check ("escaped" ^ n) bytes (fun () -> Bytes.escaped (b s));
      check ("uppercase_ascii" ^ n) bytes (fun () -> Bytes.uppercase_ascii (b s));
      check ("lowercase_ascii" ^ n) bytes (fun () -> Bytes.lowercase_ascii (b s));
      check ("capitalize_ascii" ^ n) bytes (fun () -> Bytes.capitalize_ascii (b s));
      check ("uncapitalize_ascii" ^ n) bytes (fun () -> Bytes.uncapitalize_ascii (b ("X" ^ s)));
      check_trace ("map" ^ n) bytes (fun () -> Bytes.map (fun c -> log "%C" c; Char.chr ((Char.code c + 1) land 255)) (b s));
      check_trace ("mapi" ^ n) bytes (fun () -> Bytes.mapi (fun i c -> log "%d" i; if i mod 2 = 0 then '_' else c) (b s));
      check_trace ("iter" ^ n) unit (fun () -> Bytes.iter (fun c -> log "%C" c) (b s));
      check_trace ("iteri" ^ n) unit (fun () -> Bytes.iteri (fun i c -> log "%d%C" i c) (b s));
      check ("to_seq" ^ n) (list chr) (fun () -> List.of_seq (Bytes.to_seq (b s)));
      check ("of_seq" ^ n) bytes (fun () -> Bytes.of_seq (List.to_seq (List.rev (List.of_seq (Bytes.to_seq (b s))))));
      check ("concat" ^ n) bytes (fun () -> Bytes.concat (b s) [b "x"; b ""; b "yz"]);
      check ("concat1" ^ n) bytes (fun () -> Bytes.concat (b "-") [b s]);
      check ("concat0" ^ n) bytes (fun () -> Bytes.concat (b s) []);
      check ("cat" ^ n) bytes (fun () -> Bytes.cat (b s) (b "<>"));
      List.iter (fun c ->
          let m = Printf.sprintf "%s %C" n c in
          check ("contains" ^ m) bool (fun () -> Bytes.contains (b s) c);
          check ("index" ^ m) int (fun () -> Bytes.index (b s) c);
          check ("index_opt" ^ m) (opt int) (fun () -> Bytes.index_opt (b s) c);
          check ("rindex" ^ m) int (fun () -> Bytes.rindex (b s) c);
          check ("rindex_opt" ^ m) (opt int) (fun () -> Bytes.rindex_opt (b s) c);
          check ("make" ^ m) bytes (fun () -> Bytes.make (String.length s - 2) c))
        chars;
      List.iter (fun (o, l) ->
          let m = Printf.sprintf "%s %d %d" n o l in
          check ("sub" ^ m) bytes (fun () -> Bytes.sub (b s) o l);
          check ("sub_string" ^ m) str (fun () -> Bytes.sub_string (b s) o l);
          check ("fill" ^ m) bytes (fun () -> let x = b s in Bytes.fill x o l '*'; x);
          check ("blit" ^ m) bytes (fun () -> let x = Bytes.make 6 '.' in Bytes.blit (b s) o x 1 l; x);
          check ("blit_string" ^ m) bytes (fun () -> let x = Bytes.make 6 '.' in Bytes.blit_string s o x 1 l; x);
          check ("blit self" ^ m) bytes (fun () -> let x = b s in Bytes.blit x o x 1 l; x);
          check ("extend" ^ m) (fun (len, inner) -> int len ^ " " ^ bytes inner)
            (fun () ->
               let r = Bytes.extend (b s) o l in
               (* only the bytes copied from the source are defined *)
               let lo = max o 0 and hi = min (Bytes.length r) (o + String.length s) in
               (Bytes.length r, if hi > lo then Bytes.sub r lo (hi - lo) else Bytes.empty)))
        [(0, 0); (0, 1); (1, 2); (-1, 1); (2, -1); (0, 3); (3, 0); (2, 5); (-2, -2); (-20, 30); (max_int, 1); (1, max_int); (min_int, -1)];
      List.iter (fun s2 ->
          check ("equal" ^ n) bool (fun () -> Bytes.equal (b s) (b s2));
          check ("compare" ^ n) int (fun () -> Bytes.compare (b s) (b s2)))
        [""; "a"; "abc"; "ab"; "  "; s; s ^ "x"])
    strs;
  List.iter (fun k ->
      check_trace (Printf.sprintf "init %d" k) bytes (fun () -> Bytes.init k (fun i -> log "%d" i; Char.chr (65 + i)));
      check (Printf.sprintf "create %d" k) int (fun () -> Bytes.length (Bytes.create k)))
    [-1; 0; 1; 5];
  check "make neg" bytes (fun () -> Bytes.make (-1) 'x');
  check "empty" bytes (fun () -> Bytes.empty);
  check "get" chr (fun () -> Bytes.get (b "abc") 1);
  check "get oob" chr (fun () -> Bytes.get (b "abc") 3);
  check "get neg" chr (fun () -> Bytes.get (b "abc") (-1));
  check "set" bytes (fun () -> let x = b "abc" in Bytes.set x 1 'X'; x);
  check "set oob" bytes (fun () -> let x = b "abc" in Bytes.set x 3 'X'; x);
  check "unsafe_get" chr (fun () -> Bytes.unsafe_get (b "abc") 2);
  check "unsafe_set" bytes (fun () -> let x = b "abc" in Bytes.unsafe_set x 0 'Z'; x);
  check "unsafe_to_string" str (fun () -> Bytes.unsafe_to_string (b "xyz"));
  check "unsafe_of_string" bytes (fun () -> Bytes.unsafe_of_string "xyz");
  check "blit overlap right" bytes (fun () -> let x = b "0123456789" in Bytes.blit x 0 x 3 7; x);
  check "blit overlap left" bytes (fun () -> let x = b "0123456789" in Bytes.blit x 3 x 0 7; x);
  check "blit dst oob" bytes (fun () -> let x = b "..." in Bytes.blit (b "abcdef") 0 x 1 3; x);
  check "blit_string dst oob" bytes (fun () -> let x = b "..." in Bytes.blit_string "abcdef" 0 x (-1) 1; x);
  let all = Bytes.init 256 Char.chr in
  check "escaped all" bytes (fun () -> Bytes.escaped all);
  check "upper all" bytes (fun () -> Bytes.uppercase_ascii all);
  check "lower all" bytes (fun () -> Bytes.lowercase_ascii all);
  check "trim all" bytes (fun () -> Bytes.trim all);
  check "long of_seq" int (fun () -> Bytes.length (Bytes.of_seq (Seq.unfold (fun i -> if i < 100000 then Some ('x', i + 1) else None) 0)));
  check "map fresh" bool (fun () -> let x = b "ab" in Bytes.map (fun c -> c) x != x);
  finish ()
