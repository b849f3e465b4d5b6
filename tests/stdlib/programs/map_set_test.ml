(* Map.Make and Set.Make *)
open Tutil

module IM = Map.Make (Int)
module SM = Map.Make (String)
module IS = Set.Make (Int)
module PS = Set.Make (struct type t = int * int let compare = compare end)

let im m = list (pair int str) (IM.bindings m)
let is s = list int (IS.elements s)
let ib m = list (pair int int) (IM.bindings m)

let () =
  let e = IM.empty in
  check "IM.is_empty" bool (fun () -> IM.is_empty e);
  check "IM.find empty" str (fun () -> IM.find 1 e);
  check "IM.min_binding empty" (pair int str) (fun () -> IM.min_binding e);
  check "IM.max_binding empty" (pair int str) (fun () -> IM.max_binding e);
  check "IM.choose empty" (pair int str) (fun () -> IM.choose e);
  check "IM.min_binding_opt empty" (opt (pair int str)) (fun () -> IM.min_binding_opt e);
  check "IM.find_first empty" (pair int str) (fun () -> IM.find_first (fun _ -> true) e);
  check "IM.cardinal empty" int (fun () -> IM.cardinal e);
  let m = ref IM.empty in
  for i = 0 to 59 do
    m := IM.add (i * 17 mod 61) (string_of_int i) !m;
    if i mod 6 = 0 then check (Printf.sprintf "IM.add %d" i) im (fun () -> !m)
  done;
  let m = !m in
  check "IM.cardinal" int (fun () -> IM.cardinal m);
  check "IM.add replace" im (fun () -> IM.add 17 "new" (IM.singleton 17 "old"));
  check "IM.add same physical" bool (fun () -> let v = IM.find 17 m in IM.add 17 v m == m);
  for i = -2 to 63 do
    if i mod 3 = 0 then begin
      check (Printf.sprintf "IM.find %d" i) str (fun () -> IM.find i m);
      check (Printf.sprintf "IM.find_opt %d" i) (opt str) (fun () -> IM.find_opt i m);
      check (Printf.sprintf "IM.mem %d" i) bool (fun () -> IM.mem i m);
      check (Printf.sprintf "IM.split %d" i) (fun (l, v, r) -> im l ^ " " ^ opt str v ^ " " ^ im r)
        (fun () -> IM.split i m);
      check (Printf.sprintf "IM.find_first >= %d" i) (pair int str) (fun () -> IM.find_first (fun k -> k >= i) m);
      check (Printf.sprintf "IM.find_last <= %d" i) (opt (pair int str)) (fun () -> IM.find_last_opt (fun k -> k <= i) m);
      check (Printf.sprintf "IM.to_seq_from %d" i) (list (pair int str))
        (fun () -> List.of_seq (IM.to_seq_from i m))
    end
  done;
  check "IM.find_first none" (opt (pair int str)) (fun () -> IM.find_first_opt (fun k -> k > 100) m);
  check "IM.find_last none" (pair int str) (fun () -> IM.find_last (fun k -> k < -5) m);
  check "IM.min_binding" (pair int str) (fun () -> IM.min_binding m);
  check "IM.max_binding" (pair int str) (fun () -> IM.max_binding m);
  check "IM.max_binding_opt" (opt (pair int str)) (fun () -> IM.max_binding_opt m);
  check "IM.choose" (pair int str) (fun () -> IM.choose m);
  check "IM.choose_opt" (opt (pair int str)) (fun () -> IM.choose_opt m);
  let r = ref m in
  for i = 0 to 70 do
    if i mod 2 = 0 then r := IM.remove i !r;
    if i mod 10 = 0 then check (Printf.sprintf "IM.remove %d" i) im (fun () -> !r)
  done;
  check "IM.remove missing physical" bool (fun () -> IM.remove 1000 m == m);
  check "IM.update add" im (fun () -> IM.update 100 (fun o -> match o with None -> Some "u" | Some _ -> None) !r);
  check "IM.update remove" im (fun () -> IM.update 1 (fun _ -> None) !r);
  check "IM.update change" im (fun () -> IM.update 3 (fun o -> match o with Some v -> Some (v ^ "+") | None -> Some "?") !r);
  check "IM.update none none" im (fun () -> IM.update 4 (fun _ -> None) !r);
  check_trace "IM.iter" unit (fun () -> IM.iter (fun k v -> log "%d:%s" k v) !r);
  check_trace "IM.fold" int (fun () -> IM.fold (fun k _ a -> log "%d" k; a + k) !r 0);
  check_trace "IM.for_all" bool (fun () -> IM.for_all (fun k _ -> log "%d" k; k < 40) !r);
  check_trace "IM.exists" bool (fun () -> IM.exists (fun k _ -> log "%d" k; k > 20) !r);
  check_trace "IM.map" im (fun () -> IM.map (fun v -> log "%s" v; v ^ v) !r);
  check_trace "IM.mapi" im (fun () -> IM.mapi (fun k v -> log "%d" k; string_of_int k ^ v) !r);
  check_trace "IM.filter" im (fun () -> IM.filter (fun k _ -> log "%d" k; k mod 3 = 0) !r);
  check_trace "IM.filter_map" im (fun () -> IM.filter_map (fun k v -> log "%d" k; if k mod 5 = 0 then None else Some (v ^ "'")) !r);
  check_trace "IM.partition" (pair im im) (fun () -> IM.partition (fun k _ -> log "%d" k; k > 30) !r);
  check "IM.to_seq" (list (pair int str)) (fun () -> List.of_seq (IM.to_seq !r));
  check "IM.to_rev_seq" (list (pair int str)) (fun () -> List.of_seq (IM.to_rev_seq !r));
  check "IM.of_seq" im (fun () -> IM.of_seq (List.to_seq [(3, "a"); (1, "b"); (3, "c")]));
  check "IM.add_seq" im (fun () -> IM.add_seq (List.to_seq [(3, "a"); (1000, "b")]) !r);
  (* merge / union *)
  let a = IM.of_seq (Seq.map (fun i -> (i * 2, i)) (List.to_seq (List.init 30 (fun i -> i)))) in
  let b = IM.of_seq (Seq.map (fun i -> (i * 3, -i)) (List.to_seq (List.init 25 (fun i -> i)))) in
  check "IM.merge" ib (fun () -> IM.merge (fun k x y -> match x, y with
      | Some x, Some y -> Some (x * 100 + y) | Some x, None -> if k mod 4 = 0 then None else Some x
      | None, Some y -> Some y | None, None -> Some 0) a b);
  check_trace "IM.merge trace" ib (fun () -> IM.merge (fun k x y -> log "%d" k; match x with Some _ -> x | None -> y) a b);
  check_trace "IM.union trace" ib (fun () -> IM.union (fun k x y -> log "%d" k; Some (x + y)) a b);
  check_trace "IM.union trace rev" ib (fun () -> IM.union (fun k x y -> log "%d" k; Some (x + y)) b a);
  check_trace "IM.merge trace rev" ib (fun () -> IM.merge (fun k x y -> log "%d" k; match x with Some _ -> x | None -> y) b a);
  check "IM.merge empty" ib (fun () -> IM.merge (fun _ x _ -> x) IM.empty b);
  check "IM.merge all none" ib (fun () -> IM.merge (fun _ _ _ -> None) a b);
  check "IM.union" ib (fun () -> IM.union (fun k x y -> if k mod 12 = 0 then None else Some (x - y)) a b);
  check "IM.union empty" ib (fun () -> IM.union (fun _ x _ -> Some x) a IM.empty);
  check "IM.union keep left" ib (fun () -> IM.union (fun _ x _ -> Some x) b a);
  check "IM.compare equal" int (fun () -> IM.compare compare a (IM.map (fun x -> x) a));
  check "IM.compare" int (fun () -> IM.compare compare a b);
  check "IM.compare rev" int (fun () -> IM.compare compare b a);
  check "IM.compare data" int (fun () -> IM.compare compare a (IM.add 0 5 a));
  check "IM.compare prefix" int (fun () -> IM.compare compare (IM.remove 58 a) a);
  check "IM.equal" bool (fun () -> IM.equal (=) a (IM.map (fun x -> x) a));
  check "IM.equal diff" bool (fun () -> IM.equal (=) a b);
  check "IM.equal data" bool (fun () -> IM.equal (=) a (IM.add 2 7 a));
  check "IM.equal empty" bool (fun () -> IM.equal (=) IM.empty IM.empty);
  (* SM *)
  let words = ["pear"; "apple"; "fig"; "kiwi"; "banana"; "apple"; "date"; "cherry"; "fig"] in
  let sm = List.fold_left (fun m w -> SM.update w (fun o -> match o with None -> Some 1 | Some n -> Some (n + 1)) m) SM.empty words in
  check "SM.bindings" (list (pair str int)) (fun () -> SM.bindings sm);
  check "SM.find_first" (pair str int) (fun () -> SM.find_first (fun k -> k >= "c") sm);
  check "SM.find_last" (pair str int) (fun () -> SM.find_last (fun k -> k < "g") sm);
  check "SM.to_seq_from" (list (pair str int)) (fun () -> List.of_seq (SM.to_seq_from "d" sm));
  (* stress map against sorted list *)
  let x = ref 99 in
  let next () = x := (!x * 1103515245 + 12345) land 0x3fffffff; !x in
  let sm = ref IM.empty in
  for step = 1 to 2000 do
    let r = next () in
    let k = r mod 300 in
    if r / 300 mod 3 = 0 then sm := IM.remove k !sm else sm := IM.add k step !sm;
    if step mod 100 = 0 then begin
      check (Printf.sprintf "stress map %d" step) (pair int int)
        (fun () -> (IM.cardinal !sm, IM.fold (fun k v a -> (a * 31 + k * 7 + v) land 0xffffff) !sm 0));
      check (Printf.sprintf "stress map %d keys" step) (list int)
        (fun () -> List.filteri (fun i _ -> i < 15) (List.map fst (IM.bindings !sm)))
    end
  done;
  (* Set *)
  let s0 = IS.empty in
  check "IS.min_elt empty" int (fun () -> IS.min_elt s0);
  check "IS.max_elt empty" int (fun () -> IS.max_elt s0);
  check "IS.choose empty" int (fun () -> IS.choose s0);
  check "IS.choose_opt empty" (opt int) (fun () -> IS.choose_opt s0);
  check "IS.find empty" int (fun () -> IS.find 1 s0);
  check "IS.elements empty" is (fun () -> s0);
  let s = IS.of_list (List.init 40 (fun i -> i * 7 mod 43)) in
  let t = IS.of_list (List.init 30 (fun i -> i * 3)) in
  check "IS.of_list" is (fun () -> s);
  check "IS.of_list t" is (fun () -> t);
  check "IS.cardinal" int (fun () -> IS.cardinal s);
  check "IS.union" is (fun () -> IS.union s t);
  check "IS.inter" is (fun () -> IS.inter s t);
  check "IS.diff" is (fun () -> IS.diff s t);
  check "IS.diff rev" is (fun () -> IS.diff t s);
  check "IS.disjoint" bool (fun () -> IS.disjoint s t);
  check "IS.disjoint yes" bool (fun () -> IS.disjoint (IS.of_list [1; 3; 5]) (IS.of_list [2; 4; 6; 100]));
  check "IS.subset" bool (fun () -> IS.subset (IS.inter s t) s);
  check "IS.subset no" bool (fun () -> IS.subset t s);
  check "IS.subset empty" bool (fun () -> IS.subset IS.empty s);
  check "IS.compare" int (fun () -> IS.compare s t);
  check "IS.compare rev" int (fun () -> IS.compare t s);
  check "IS.compare eq" int (fun () -> IS.compare s (IS.of_list (IS.elements s)));
  check "IS.equal" bool (fun () -> IS.equal s (IS.of_list (List.rev (IS.elements s))));
  check "IS.equal no" bool (fun () -> IS.equal s t);
  check "IS.min_elt" int (fun () -> IS.min_elt s);
  check "IS.max_elt" int (fun () -> IS.max_elt s);
  check "IS.max_elt_opt" (opt int) (fun () -> IS.max_elt_opt t);
  check "IS.min_elt_opt" (opt int) (fun () -> IS.min_elt_opt t);
  check "IS.choose" int (fun () -> IS.choose t);
  for i = -1 to 45 do
    if i mod 2 = 0 then begin
      check (Printf.sprintf "IS.mem %d" i) bool (fun () -> IS.mem i s);
      check (Printf.sprintf "IS.split %d" i) (fun (l, p, r) -> is l ^ " " ^ bool p ^ " " ^ is r) (fun () -> IS.split i s);
      check (Printf.sprintf "IS.find_first %d" i) int (fun () -> IS.find_first (fun x -> x > i) t);
      check (Printf.sprintf "IS.find_last_opt %d" i) (opt int) (fun () -> IS.find_last_opt (fun x -> x < i) t);
      check (Printf.sprintf "IS.to_seq_from %d" i) (list int) (fun () -> List.of_seq (IS.to_seq_from i t));
      check (Printf.sprintf "IS.find %d" i) int (fun () -> IS.find i s)
    end
  done;
  check "IS.find_first_opt none" (opt int) (fun () -> IS.find_first_opt (fun x -> x > 1000) t);
  check "IS.find_last none" int (fun () -> IS.find_last (fun x -> x < 0) t);
  check "IS.add existing physical" bool (fun () -> IS.add 0 s == s);
  check "IS.remove missing physical" bool (fun () -> IS.remove 1000 s == s);
  let r = ref s in
  for i = 0 to 45 do
    if i mod 3 <> 0 then r := IS.remove i !r;
    if i mod 9 = 0 then check (Printf.sprintf "IS.remove %d" i) is (fun () -> !r)
  done;
  check "IS.singleton" is (fun () -> IS.singleton 5);
  check "IS.is_empty" bool (fun () -> IS.is_empty (IS.remove 5 (IS.singleton 5)));
  check_trace "IS.iter" unit (fun () -> IS.iter (fun x -> log "%d" x) t);
  check_trace "IS.fold" (list int) (fun () -> IS.fold (fun x a -> log "%d" x; x :: a) t []);
  check_trace "IS.for_all" bool (fun () -> IS.for_all (fun x -> log "%d" x; x < 30) t);
  check_trace "IS.exists" bool (fun () -> IS.exists (fun x -> log "%d" x; x > 20) t);
  check_trace "IS.filter" is (fun () -> IS.filter (fun x -> log "%d" x; x mod 2 = 0) t);
  check_trace "IS.partition" (pair is is) (fun () -> IS.partition (fun x -> log "%d" x; x mod 4 = 0) t);
  check_trace "IS.map" is (fun () -> IS.map (fun x -> log "%d" x; x * 2) t);
  check "IS.map non monotone" is (fun () -> IS.map (fun x -> (x * 7) mod 11) t);
  check "IS.map identity physical" bool (fun () -> IS.map (fun x -> x) t == t);
  check_trace "IS.filter_map" is (fun () -> IS.filter_map (fun x -> log "%d" x; if x mod 2 = 0 then Some (100 - x) else None) t);
  check "IS.filter_map monotone" is (fun () -> IS.filter_map (fun x -> if x mod 3 = 0 then Some (x + 1) else None) s);
  check "IS.to_seq" (list int) (fun () -> List.of_seq (IS.to_seq t));
  check "IS.to_rev_seq" (list int) (fun () -> List.of_seq (IS.to_rev_seq t));
  check "IS.of_seq" is (fun () -> IS.of_seq (List.to_seq [5; 3; 5; 1; 9]));
  check "IS.add_seq" is (fun () -> IS.add_seq (List.to_seq [5; 300; -1]) t);
  let ps = PS.of_list [(1, 2); (0, 5); (1, 1); (0, 5); (2, 0)] in
  check "PS.elements" (list (pair int int)) (fun () -> PS.elements ps);
  check "PS.find" (pair int int) (fun () -> PS.find (1, 1) ps);
  (* stress sets: union/inter/diff consistency against lists *)
  let x = ref 7 in
  let next () = x := (!x * 1103515245 + 12345) land 0x3fffffff; !x in
  let a = ref IS.empty and b = ref IS.empty in
  for step = 1 to 1500 do
    let r = next () in
    let k = r mod 200 in
    (match r / 200 mod 4 with
     | 0 -> a := IS.add k !a | 1 -> b := IS.add k !b
     | 2 -> a := IS.remove k !a | _ -> b := IS.remove (k / 2) !b);
    if step mod 75 = 0 then begin
      check (Printf.sprintf "stress set %d union" step) (pair int int)
        (fun () -> let u = IS.union !a !b in (IS.cardinal u, IS.fold (fun x h -> (h * 31 + x) land 0xffffff) u 0));
      check (Printf.sprintf "stress set %d inter" step) is (fun () -> IS.inter !a !b);
      check (Printf.sprintf "stress set %d diff" step) (pair int int)
        (fun () -> let d = IS.diff !a !b in (IS.cardinal d, IS.fold (fun x h -> (h * 31 + x) land 0xffffff) d 0));
      check (Printf.sprintf "stress set %d cmp" step) (pair int bool)
        (fun () -> (IS.compare !a !b, IS.subset (IS.inter !a !b) !b))
    end
  done;
  finish ()
