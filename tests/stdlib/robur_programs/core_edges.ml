(* Edge cases of List, String, Bytes, Array, Seq, Char, Int over many
   inputs, printed without Printf (see core_smoke.ml). *)
let p s = print_string s; print_newline ()
let si = string_of_int
let il l = "[" ^ String.concat ";" (List.map si l) ^ "]"
let ia a = il (Array.to_list a)
let q s = "\"" ^ String.escaped s ^ "\""
let ob f o = match o with None -> "None" | Some v -> "Some " ^ f v
let ex f = try f () with
  | Invalid_argument s -> "Invalid_argument " ^ s
  | Failure s -> "Failure " ^ s
  | Not_found -> "Not_found"
let c name f = p (name ^ " = " ^ ex f)

let lists = [[]; [1]; [2; 1]; [3; 1; 2]; [1; 1; 2; 2; 1]; [5; -3; 0; 7; 7; -3]]
let strs = [""; "a"; "abc"; "  x y  "; "a,b,,c,"; "\t\nq\000\255\"\\"]

let () =
  List.iter (fun l ->
      let n = il l in
      c ("length " ^ n) (fun () -> si (List.length l));
      c ("rev " ^ n) (fun () -> il (List.rev l));
      c ("hd " ^ n) (fun () -> si (List.hd l));
      c ("tl " ^ n) (fun () -> il (List.tl l));
      List.iter (fun k ->
          c ("nth " ^ n ^ " " ^ si k) (fun () -> si (List.nth l k));
          c ("nth_opt " ^ n ^ " " ^ si k) (fun () -> ob si (List.nth_opt l k));
          c ("compare_length_with " ^ n ^ " " ^ si k) (fun () -> si (List.compare_length_with l k));
          c ("init " ^ si k) (fun () -> il (List.init k (fun i -> i * 3)));
          c ("mem " ^ n ^ " " ^ si k) (fun () -> string_of_bool (List.mem k l));
          c ("find " ^ n ^ " " ^ si k) (fun () -> si (List.find (fun x -> x > k) l));
          c ("filter " ^ n ^ " " ^ si k) (fun () -> il (List.filter (fun x -> x > k) l));
          c ("assoc " ^ n ^ " " ^ si k) (fun () -> si (List.assoc k (List.map (fun x -> (x, x * x)) l))))
        [-1; 0; 1; 2; 3];
      List.iter (fun l2 ->
          let m = n ^ " " ^ il l2 in
          c ("append " ^ m) (fun () -> il (l @ l2));
          c ("map2 " ^ m) (fun () -> il (List.map2 (fun a b -> a * 10 + b) l l2));
          c ("combine " ^ m) (fun () -> si (List.length (List.combine l l2)));
          c ("compare " ^ m) (fun () -> si (List.compare compare l l2));
          c ("equal " ^ m) (fun () -> string_of_bool (List.equal ( = ) l l2));
          c ("fold_left2 " ^ m) (fun () -> si (List.fold_left2 (fun a x y -> a * 3 + x - y) 0 l l2));
          c ("merge " ^ m) (fun () -> il (List.merge compare (List.sort compare l) (List.sort compare l2))))
        lists;
      c ("sort " ^ n) (fun () -> il (List.sort compare l));
      c ("stable_sort " ^ n) (fun () -> il (List.stable_sort (fun a b -> compare (a / 2) (b / 2)) l));
      c ("sort_uniq " ^ n) (fun () -> il (List.sort_uniq compare l));
      c ("concat_map " ^ n) (fun () -> il (List.concat_map (fun x -> [x; -x]) l));
      c ("filteri " ^ n) (fun () -> il (List.filteri (fun i _ -> i mod 2 = 0) l));
      c ("fold_right " ^ n) (fun () -> si (List.fold_right (fun x a -> a * 3 + x) l 0));
      c ("to_seq " ^ n) (fun () -> il (List.of_seq (List.to_seq l)));
      let a = Array.of_list l in
      c ("Array.sort " ^ n) (fun () -> let x = Array.copy a in Array.sort compare x; ia x);
      c ("Array.stable_sort " ^ n) (fun () -> let x = Array.copy a in Array.stable_sort compare x; ia x);
      c ("Array.map " ^ n) (fun () -> ia (Array.map (fun x -> x * x) a));
      c ("Array.fold_right " ^ n) (fun () -> si (Array.fold_right (fun x a -> a * 3 + x) a 0));
      c ("Array.mem " ^ n) (fun () -> string_of_bool (Array.mem 2 a));
      List.iter (fun (o, len) ->
          let m = n ^ " " ^ si o ^ " " ^ si len in
          c ("Array.sub " ^ m) (fun () -> ia (Array.sub a o len));
          c ("Array.fill " ^ m) (fun () -> let x = Array.copy a in Array.fill x o len 0; ia x);
          c ("Array.blit " ^ m) (fun () -> let x = Array.copy a in Array.blit x o x 1 len; ia x))
        [(0, 0); (0, 1); (1, 2); (-1, 1); (2, -1); (0, 4)])
    lists;
  List.iter (fun s ->
      let n = q s in
      c ("String.length " ^ n) (fun () -> si (String.length s));
      c ("String.trim " ^ n) (fun () -> q (String.trim s));
      c ("String.escaped " ^ n) (fun () -> q (String.escaped s));
      c ("String.uppercase_ascii " ^ n) (fun () -> q (String.uppercase_ascii s));
      c ("String.capitalize_ascii " ^ n) (fun () -> q (String.capitalize_ascii s));
      c ("String.split_on_char " ^ n) (fun () -> String.concat "|" (List.map q (String.split_on_char ',' s)));
      c ("String.to_seq " ^ n) (fun () -> q (String.of_seq (String.to_seq s)));
      c ("String.fold_left " ^ n) (fun () -> si (String.fold_left (fun a ch -> a * 7 + Char.code ch) 0 s));
      c ("Bytes.escaped " ^ n) (fun () -> q (Bytes.to_string (Bytes.escaped (Bytes.of_string s))));
      c ("Bytes.trim " ^ n) (fun () -> q (Bytes.to_string (Bytes.trim (Bytes.of_string s))));
      List.iter (fun i ->
          let m = n ^ " " ^ si i in
          c ("String.get " ^ m) (fun () -> String.make 1 (String.get s i));
          c ("String.index_from " ^ m) (fun () -> si (String.index_from s i ','));
          c ("String.rindex_from_opt " ^ m) (fun () -> ob si (String.rindex_from_opt s i 'a'));
          c ("String.contains_from " ^ m) (fun () -> string_of_bool (String.contains_from s i ' '));
          c ("String.rcontains_from " ^ m) (fun () -> string_of_bool (String.rcontains_from s i 'b'));
          c ("String.sub " ^ m) (fun () -> q (String.sub s i 2));
          c ("String.make " ^ m) (fun () -> q (String.make i 'x'));
          c ("Bytes.set " ^ m) (fun () -> let b = Bytes.of_string s in Bytes.set b i '#'; q (Bytes.to_string b));
          c ("Bytes.extend " ^ m) (fun () -> si (Bytes.length (Bytes.extend (Bytes.of_string s) i (-1))));
          c ("Bytes.fill " ^ m) (fun () -> let b = Bytes.of_string s in Bytes.fill b i 2 '*'; q (Bytes.to_string b)))
        [-1; 0; 1; 3; 7];
      List.iter (fun s2 ->
          let m = n ^ " " ^ q s2 in
          c ("String.compare " ^ m) (fun () -> si (String.compare s s2));
          c ("String.equal " ^ m) (fun () -> string_of_bool (String.equal s s2));
          c ("String.concat " ^ m) (fun () -> q (String.concat s [s2; s2; ""]));
          c ("String.starts_with " ^ m) (fun () -> string_of_bool (String.starts_with s2 s));
          c ("Bytes.compare " ^ m) (fun () -> si (Bytes.compare (Bytes.of_string s) (Bytes.of_string s2))))
        strs)
    strs;
  for i = -1 to 256 do
    c ("Char " ^ si i) (fun () ->
        let ch = Char.chr i in
        Char.escaped ch ^ " " ^ String.make 1 (Char.uppercase_ascii ch) ^ " " ^ si (Char.compare ch 'a'))
  done;
  List.iter (fun x ->
      c ("Int " ^ si x) (fun () ->
          String.concat " " (List.map si [Int.abs x; Int.neg x; Int.lognot x; Int.compare x 0; Int.min x 3; Int.max x 3;
                                          Int.shift_right_logical x 60; Int.rem x 7; Int.div x (-3)])
          ^ " " ^ Int.to_string x))
    [0; 1; -1; 100; -100; max_int; min_int];
  c "Seq" (fun () ->
      il (List.of_seq (Seq.filter_map (fun x -> if x mod 3 = 0 then Some (x / 3) else None)
                         (Seq.flat_map (fun x -> List.to_seq [x; x + 1]) (List.to_seq [1; 5; 9])))))
