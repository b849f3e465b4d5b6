open Tutil

let il = list int
let samples = [[]; [1]; [1; 2]; [3; 1; 2]; [5; 4; 3; 2; 1]; [1; 1; 2; 2; 1]; [-3; 0; 7; 7; -3; 10]]
let pairs = [[]; [(1, "a")]; [(1, "a"); (2, "b"); (1, "c")]; [(3, "x"); (2, "y"); (3, "z"); (4, "w")]]
let ps = list (pair int str)

let () =
  List.iteri (fun i l ->
      let n = Printf.sprintf "[%d]" i in
      check ("length" ^ n) int (fun () -> List.length l);
      check ("rev" ^ n) il (fun () -> List.rev l);
      check ("hd" ^ n) int (fun () -> List.hd l);
      check ("tl" ^ n) il (fun () -> List.tl l);
      List.iter (fun k ->
          check (Printf.sprintf "nth%s %d" n k) int (fun () -> List.nth l k);
          check (Printf.sprintf "nth_opt%s %d" n k) (opt int) (fun () -> List.nth_opt l k);
          check (Printf.sprintf "compare_length_with%s %d" n k) int
            (fun () -> List.compare_length_with l k))
        [-1; 0; 1; 2; 5];
      List.iter (fun l2 ->
          check ("compare_lengths" ^ n) int (fun () -> List.compare_lengths l l2);
          check ("append" ^ n) il (fun () -> List.append l l2);
          check ("rev_append" ^ n) il (fun () -> List.rev_append l l2);
          check ("equal" ^ n) bool (fun () -> List.equal (=) l l2);
          check ("compare" ^ n) int (fun () -> List.compare compare l l2);
          check_trace ("iter2" ^ n) unit (fun () -> List.iter2 (fun a b -> log "%d,%d" a b) l l2);
          check_trace ("map2" ^ n) il (fun () -> List.map2 (fun a b -> log "%d,%d" a b; a * 10 + b) l l2);
          check_trace ("rev_map2" ^ n) il (fun () -> List.rev_map2 (fun a b -> log "%d,%d" a b; a - b) l l2);
          check_trace ("fold_left2" ^ n) int
            (fun () -> List.fold_left2 (fun acc a b -> log "%d,%d" a b; acc * 2 + a + b) 0 l l2);
          check_trace ("fold_right2" ^ n) int
            (fun () -> List.fold_right2 (fun a b acc -> log "%d,%d" a b; acc * 2 + a + b) l l2 0);
          check_trace ("for_all2" ^ n) bool (fun () -> List.for_all2 (fun a b -> log "%d,%d" a b; a <= b) l l2);
          check_trace ("exists2" ^ n) bool (fun () -> List.exists2 (fun a b -> log "%d,%d" a b; a > b) l l2);
          check ("combine" ^ n) (list (pair int int)) (fun () -> List.combine l l2);
          check ("merge" ^ n) il (fun () -> List.merge compare (List.sort compare l) (List.sort compare l2)))
        samples;
      check ("cons" ^ n) il (fun () -> List.cons 9 l);
      check ("concat" ^ n) il (fun () -> List.concat [l; [0]; l; []]);
      check ("flatten" ^ n) il (fun () -> List.flatten [[]; l; l]);
      check_trace ("iter" ^ n) unit (fun () -> List.iter (fun x -> log "%d" x) l);
      check_trace ("iteri" ^ n) unit (fun () -> List.iteri (fun i x -> log "%d:%d" i x) l);
      check_trace ("map" ^ n) il (fun () -> List.map (fun x -> log "%d" x; x * 2) l);
      check_trace ("mapi" ^ n) il (fun () -> List.mapi (fun i x -> log "%d" x; x * i) l);
      check_trace ("rev_map" ^ n) il (fun () -> List.rev_map (fun x -> log "%d" x; x + 1) l);
      check_trace ("filter_map" ^ n) il
        (fun () -> List.filter_map (fun x -> log "%d" x; if x mod 2 = 0 then Some (x / 2) else None) l);
      check_trace ("concat_map" ^ n) il (fun () -> List.concat_map (fun x -> log "%d" x; [x; x + 100]) l);
      check_trace ("fold_left_map" ^ n) (pair int il)
        (fun () -> List.fold_left_map (fun acc x -> log "%d" x; (acc + x, acc * x)) 1 l);
      check_trace ("fold_left" ^ n) int (fun () -> List.fold_left (fun acc x -> log "%d" x; acc * 3 - x) 7 l);
      check_trace ("fold_right" ^ n) int (fun () -> List.fold_right (fun x acc -> log "%d" x; acc * 3 - x) l 7);
      check_trace ("for_all" ^ n) bool (fun () -> List.for_all (fun x -> log "%d" x; x < 4) l);
      check_trace ("exists" ^ n) bool (fun () -> List.exists (fun x -> log "%d" x; x = 2) l);
      List.iter (fun v ->
          check (Printf.sprintf "mem%s %d" n v) bool (fun () -> List.mem v l);
          check (Printf.sprintf "memq%s %d" n v) bool (fun () -> List.memq v l);
          check (Printf.sprintf "find%s %d" n v) int (fun () -> List.find (fun x -> x > v) l);
          check (Printf.sprintf "find_opt%s %d" n v) (opt int) (fun () -> List.find_opt (fun x -> x > v) l);
          check (Printf.sprintf "find_map%s %d" n v) (opt int)
            (fun () -> List.find_map (fun x -> if x > v then Some (x * 100) else None) l);
          check (Printf.sprintf "filter%s %d" n v) il (fun () -> List.filter (fun x -> x > v) l);
          check (Printf.sprintf "find_all%s %d" n v) il (fun () -> List.find_all (fun x -> x <= v) l);
          check (Printf.sprintf "filteri%s %d" n v) il (fun () -> List.filteri (fun i x -> i + x > v) l);
          check (Printf.sprintf "partition%s %d" n v) (pair il il) (fun () -> List.partition (fun x -> x > v) l);
          check (Printf.sprintf "partition_map%s %d" n v) (pair il (list str))
            (fun () -> List.partition_map (fun x -> if x > v then Either.Left x else Either.Right (string_of_int x)) l))
        [0; 1; 2; 3; 7];
      check ("sort" ^ n) il (fun () -> List.sort compare l);
      check ("sort desc" ^ n) il (fun () -> List.sort (fun a b -> compare b a) l);
      check ("stable_sort" ^ n) il (fun () -> List.stable_sort compare l);
      check ("fast_sort" ^ n) il (fun () -> List.fast_sort compare l);
      check ("sort_uniq" ^ n) il (fun () -> List.sort_uniq compare l);
      check ("to_seq" ^ n) il (fun () -> List.of_seq (List.to_seq l));
      check ("to_seq fold" ^ n) int (fun () -> Seq.fold_left (fun a x -> a * 10 + x) 0 (List.to_seq l)))
    samples;
  List.iteri (fun i l ->
      let n = Printf.sprintf "[%d]" i in
      List.iter (fun k ->
          check (Printf.sprintf "assoc%s %d" n k) str (fun () -> List.assoc k l);
          check (Printf.sprintf "assoc_opt%s %d" n k) (opt str) (fun () -> List.assoc_opt k l);
          check (Printf.sprintf "mem_assoc%s %d" n k) bool (fun () -> List.mem_assoc k l);
          check (Printf.sprintf "remove_assoc%s %d" n k) ps (fun () -> List.remove_assoc k l);
          check (Printf.sprintf "assq%s %d" n k) str (fun () -> List.assq k l);
          check (Printf.sprintf "assq_opt%s %d" n k) (opt str) (fun () -> List.assq_opt k l);
          check (Printf.sprintf "mem_assq%s %d" n k) bool (fun () -> List.mem_assq k l);
          check (Printf.sprintf "remove_assq%s %d" n k) ps (fun () -> List.remove_assq k l))
        [1; 2; 3; 5];
      check ("split" ^ n) (pair il (list str)) (fun () -> List.split l);
      (* stability: sort by key only *)
      check ("stable_sort key" ^ n) ps (fun () -> List.stable_sort (fun (a, _) (b, _) -> compare a b) l);
      check ("sort key" ^ n) ps (fun () -> List.sort (fun (a, _) (b, _) -> compare a b) l);
      check ("sort_uniq key" ^ n) ps (fun () -> List.sort_uniq (fun (a, _) (b, _) -> compare a b) l);
      check ("merge key" ^ n) ps
        (fun () -> List.merge (fun (a, _) (b, _) -> compare a b) [(1, "m"); (3, "n")] (List.sort (fun (a, _) (b, _) -> compare a b) l)))
    pairs;
  (* physical vs structural *)
  let s1 = "k" and s2 = String.make 1 'k' in
  check "assq phys" str (fun () -> List.assq s2 [(s1, "one"); (s2, "two")]);
  check "assoc struct" str (fun () -> List.assoc s2 [(s1, "one"); (s2, "two")]);
  check "memq phys" bool (fun () -> List.memq s2 [s1]);
  check "mem struct" bool (fun () -> List.mem s2 [s1]);
  check "mem nan" bool (fun () -> List.mem nan [1.; nan]);
  check "assoc nan" int (fun () -> List.assoc nan [(nan, 3)]);
  List.iter (fun k ->
      check_trace (Printf.sprintf "init %d" k) il (fun () -> List.init k (fun i -> log "%d" i; i * i)))
    [-5; -1; 0; 1; 2; 7];
  check "init big" int (fun () -> List.length (List.init 100_000 (fun i -> i)));
  check "init big sum" int (fun () -> List.fold_left (+) 0 (List.init 20_001 (fun i -> i)));
  (* long lists through the tail-recursive functions *)
  let big = List.init 300_000 (fun i -> (i * 7919) mod 100_003) in
  check "big rev" int (fun () -> List.hd (List.rev big));
  check "big sort" il (fun () -> List.filteri (fun i _ -> i mod 50_000 = 0) (List.sort compare big));
  check "big stable_sort" int (fun () -> List.nth (List.stable_sort compare big) 123_456);
  check "big sort_uniq" int (fun () -> List.length (List.sort_uniq compare big));
  check "big sort desc" il (fun () -> List.filteri (fun i _ -> i < 5) (List.sort (fun a b -> compare b a) big));
  check "big filter" int (fun () -> List.length (List.filter (fun x -> x mod 3 = 0) big));
  check "big rev_map" int (fun () -> List.hd (List.rev_map succ big));
  check "big fold_left" int (fun () -> List.fold_left (+) 0 big);
  check "big of_seq" int (fun () -> List.length (List.of_seq (List.to_seq big)));
  check "big concat_map" int (fun () -> List.length (List.concat_map (fun x -> [x; x]) big));
  check "big partition" (pair int int) (fun () -> let a, b = List.partition (fun x -> x > 500) big in List.length a, List.length b);
  check "big compare_lengths" int (fun () -> List.compare_lengths big (List.tl big));
  check "big nth" int (fun () -> List.nth big 299_999);
  check "big nth fail" int (fun () -> List.nth big 300_000);
  check "big filter_map" int (fun () -> List.length (List.filter_map (fun x -> if x > 7 then Some x else None) big));
  check "big exists" bool (fun () -> List.exists (fun x -> x = -1) big);
  check "big equal" bool (fun () -> List.equal (=) big (List.rev (List.rev big)));
  (* stability of sort on many equal keys *)
  let keyed = List.init 2000 (fun i -> ((i * 37) mod 11, i)) in
  check "keyed stable" (list (pair int int))
    (fun () -> List.filteri (fun i _ -> i mod 97 = 0) (List.stable_sort (fun (a, _) (b, _) -> compare a b) keyed));
  check "keyed sort_uniq" (list (pair int int)) (fun () -> List.sort_uniq (fun (a, _) (b, _) -> compare a b) keyed);
  check "keyed sort desc" (list (pair int int))
    (fun () -> List.filteri (fun i _ -> i mod 97 = 0) (List.sort (fun (a, _) (b, _) -> compare b a) keyed));
  for n = 0 to 12 do
    let l = List.init n (fun i -> ((i * 5) mod 4, i)) in
    check (Printf.sprintf "small stable %d" n) (list (pair int int))
      (fun () -> List.stable_sort (fun (a, _) (b, _) -> compare a b) l);
    check (Printf.sprintf "small sort_uniq %d" n) (list (pair int int))
      (fun () -> List.sort_uniq (fun (a, _) (b, _) -> compare a b) l)
  done;
  check_trace "of_seq order" il
    (fun () -> List.of_seq (Seq.map (fun x -> log "%d" x; x) (List.to_seq [1; 2; 3])));
  finish ()
