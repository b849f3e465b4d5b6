(* Hashtbl: results and iteration order (buckets, resizing, shadowing) *)
open Tutil

let contents h = list (pair int str) (Hashtbl.fold (fun k v acc -> (k, v) :: acc) h [] |> List.rev)
let iter_order h =
  let r = ref [] in Hashtbl.iter (fun k v -> r := (k, v) :: !r) h; list (pair int str) (List.rev !r)
let seq_order h = list (pair int str) (List.of_seq (Hashtbl.to_seq h))
let stats h =
  let s = Hashtbl.stats h in
  Printf.sprintf "{b=%d; n=%d; max=%d; histo=%s}" s.Hashtbl.num_bindings s.Hashtbl.num_buckets
    s.Hashtbl.max_bucket_length (array int s.Hashtbl.bucket_histogram)

module IH = Hashtbl.Make (struct
  type t = int
  let equal a b = a = b
  let hash x = x * 7
end)

module SH = Hashtbl.Make (struct
  type t = string
  let equal = String.equal
  let hash s = Hashtbl.hash s
end)

let () =
  (* hash *)
  List.iter (fun x -> check "Hashtbl.hash int" int (fun () -> Hashtbl.hash x))
    [0; 1; -1; 42; max_int; min_int; 123456789];
  List.iter (fun s -> check "Hashtbl.hash string" int (fun () -> Hashtbl.hash s))
    [""; "a"; "hello"; "hello world, a longer string"];
  check "Hashtbl.hash float" int (fun () -> Hashtbl.hash 3.14);
  check "Hashtbl.hash list" int (fun () -> Hashtbl.hash [1; 2; 3]);
  check "Hashtbl.hash pair" int (fun () -> Hashtbl.hash (1, "x"));
  check "Hashtbl.hash option" int (fun () -> Hashtbl.hash (Some 5));
  check "Hashtbl.hash long list" int (fun () -> Hashtbl.hash (List.init 200 (fun i -> i)));
  (* create rounding *)
  List.iter (fun n ->
      check (Printf.sprintf "Hashtbl.create %d stats" n) stats (fun () -> Hashtbl.create n))
    [-1; 0; 1; 15; 16; 17; 100; 1000];
  let h = Hashtbl.create 1 in
  check "find empty" str (fun () -> Hashtbl.find h 1);
  check "find_opt empty" (opt str) (fun () -> Hashtbl.find_opt h 1);
  check "mem empty" bool (fun () -> Hashtbl.mem h 1);
  check "remove empty" unit (fun () -> Hashtbl.remove h 1);
  check "length empty" int (fun () -> Hashtbl.length h);
  (* many adds with resizes, checking order at each growth step *)
  for i = 0 to 99 do
    Hashtbl.add h (i * 37 mod 101) (string_of_int i);
    if i mod 7 = 0 then begin
      check (Printf.sprintf "after add %d fold" i) contents (fun () -> h);
      check (Printf.sprintf "after add %d stats" i) stats (fun () -> h)
    end
  done;
  check "iter order" iter_order (fun () -> h);
  check "to_seq order" seq_order (fun () -> h);
  check "to_seq_keys" (list int) (fun () -> List.of_seq (Hashtbl.to_seq_keys h));
  check "to_seq_values" (list str) (fun () -> List.of_seq (Hashtbl.to_seq_values h));
  (* shadowing *)
  for i = 0 to 9 do
    Hashtbl.add h (i * 3) ("shadow" ^ string_of_int i)
  done;
  Hashtbl.add h 3 "again";
  for i = 0 to 12 do
    check (Printf.sprintf "find %d" i) str (fun () -> Hashtbl.find h i);
    check (Printf.sprintf "find_all %d" i) (list str) (fun () -> Hashtbl.find_all h i)
  done;
  check "after shadow order" contents (fun () -> h);
  check "length" int (fun () -> Hashtbl.length h);
  for i = 0 to 5 do
    check (Printf.sprintf "remove restores %d" i) (pair (opt str) (list str))
      (fun () -> Hashtbl.remove h (i * 3); (Hashtbl.find_opt h (i * 3), Hashtbl.find_all h (i * 3)))
  done;
  Hashtbl.remove h 3;
  check "remove twice" (opt str) (fun () -> Hashtbl.find_opt h 3);
  check "remove missing" int (fun () -> Hashtbl.remove h 1000; Hashtbl.length h);
  (* replace *)
  for i = 0 to 20 do
    check (Printf.sprintf "replace %d" i) (pair int (list str))
      (fun () -> Hashtbl.replace h (i * 5) ("r" ^ string_of_int i);
        (Hashtbl.length h, Hashtbl.find_all h (i * 5)))
  done;
  for i = 200 to 260 do Hashtbl.replace h i "new" done;
  check "after replace order" contents (fun () -> h);
  check "after replace stats" stats (fun () -> h);
  (* removals in bulk then order *)
  for i = 0 to 300 do if i mod 3 = 1 then Hashtbl.remove h i done;
  check "after bulk remove order" contents (fun () -> h);
  check "after bulk remove seq" seq_order (fun () -> h);
  check "after bulk remove stats" stats (fun () -> h);
  (* copy *)
  let c = Hashtbl.copy h in
  Hashtbl.add h 9999 "only in h";
  check "copy independent" (pair contents contents) (fun () -> (c, h));
  check "copy stats" stats (fun () -> c);
  (* filter_map_inplace *)
  check_trace "filter_map_inplace" contents (fun () ->
      Hashtbl.filter_map_inplace (fun k v ->
          log "%d" k;
          if k mod 2 = 0 then None else if k mod 5 = 0 then Some (v ^ "!") else Some v) c; c);
  check "filter_map_inplace length" int (fun () -> Hashtbl.length c);
  check "filter_map_inplace stats" stats (fun () -> c);
  check_trace "iter trace" unit (fun () -> Hashtbl.iter (fun k _ -> log "%d" k) c);
  check_trace "fold trace" int (fun () -> Hashtbl.fold (fun k _ a -> log "%d" k; a + k) c 0);
  (* clear vs reset *)
  let big = Hashtbl.create 2 in
  for i = 1 to 500 do Hashtbl.add big i (string_of_int i) done;
  check "big stats" stats (fun () -> big);
  check "big order prefix" (list (pair int str))
    (fun () -> List.filteri (fun i _ -> i < 40) (List.of_seq (Hashtbl.to_seq big)));
  let big2 = Hashtbl.copy big in
  check "clear" stats (fun () -> Hashtbl.clear big; big);
  check "clear find" (opt str) (fun () -> Hashtbl.find_opt big 3);
  check "reset" stats (fun () -> Hashtbl.reset big2; big2);
  check "reset length" int (fun () -> Hashtbl.length big2);
  check "reuse after reset" contents (fun () -> List.iter (fun i -> Hashtbl.add big2 i "x") [5; 3; 40; 21]; big2);
  (* seqs *)
  let s = Hashtbl.of_seq (List.to_seq [(1, "a"); (2, "b"); (1, "c"); (17, "d"); (33, "e")]) in
  check "of_seq" contents (fun () -> s);
  check "of_seq find_all 1" (list str) (fun () -> Hashtbl.find_all s 1);
  check "add_seq" contents (fun () -> Hashtbl.add_seq s (List.to_seq [(2, "z"); (4, "y")]); s);
  check "replace_seq" contents (fun () -> Hashtbl.replace_seq s (List.to_seq [(2, "w"); (5, "v"); (5, "u")]); s);
  check "replace_seq find_all 2" (list str) (fun () -> Hashtbl.find_all s 2);
  (* string keys, generic *)
  let t = Hashtbl.create 8 in
  let words = ["apple"; "banana"; "cherry"; "date"; "elder"; "fig"; "grape"; "kiwi";
               "lemon"; "mango"; "nut"; "olive"; "pear"; "quince"; "rasp"; "sloe";
               "tomato"; "ugli"; "vanilla"; "walnut"; "xigua"; "yam"; "zucchini"] in
  List.iteri (fun i w -> Hashtbl.replace t w i) words;
  List.iteri (fun i w -> if i mod 4 = 0 then Hashtbl.add t w (i * 100)) words;
  check "string keys order" (list (pair str int)) (fun () -> List.of_seq (Hashtbl.to_seq t));
  List.iter (fun w -> check ("find_all " ^ w) (list int) (fun () -> Hashtbl.find_all t w)) words;
  (* tuple / list keys *)
  let tk = Hashtbl.create 4 in
  for i = 0 to 30 do Hashtbl.add tk (i mod 4, [i; i * i]) i done;
  check "tuple keys order" (list (pair (pair int (list int)) int)) (fun () -> List.of_seq (Hashtbl.to_seq tk));
  check "tuple key find" int (fun () -> Hashtbl.find tk (3, [7; 49]));
  (* Make *)
  let m = IH.create 3 in
  for i = 0 to 80 do IH.add m (i * 13 mod 97) (string_of_int i) done;
  for i = 0 to 80 do if i mod 5 = 0 then IH.remove m i done;
  for i = 0 to 20 do IH.replace m i ("R" ^ string_of_int i) done;
  check "IH order" (list (pair int str)) (fun () -> List.of_seq (IH.to_seq m));
  check "IH fold" (list int) (fun () -> IH.fold (fun k _ a -> k :: a) m []);
  check "IH length" int (fun () -> IH.length m);
  for i = 0 to 25 do
    check (Printf.sprintf "IH.find_opt %d" i) (opt str) (fun () -> IH.find_opt m i);
    check (Printf.sprintf "IH.mem %d" (i + 90)) bool (fun () -> IH.mem m (i + 90))
  done;
  check "IH.find missing" str (fun () -> IH.find m 1000);
  check "IH.find_all" (list str) (fun () -> IH.add m 7 "seven"; IH.find_all m 7);
  let mc = IH.copy m in
  check "IH.filter_map_inplace" (list (pair int str))
    (fun () -> IH.filter_map_inplace (fun k v -> if k > 40 then None else Some (v ^ "'")) mc;
      List.of_seq (IH.to_seq mc));
  check "IH.stats" (fun s -> Printf.sprintf "%d %d %d" s.Hashtbl.num_bindings s.Hashtbl.num_buckets s.Hashtbl.max_bucket_length)
    (fun () -> IH.stats m);
  check "IH.clear" int (fun () -> IH.clear mc; IH.length mc);
  check "IH.reset" int (fun () -> IH.reset m; IH.length m);
  let ms = IH.of_seq (List.to_seq [(3, "a"); (19, "b"); (3, "c")]) in
  check "IH.of_seq" (list (pair int str)) (fun () -> List.of_seq (IH.to_seq ms));
  check "IH.replace_seq" (list (pair int str))
    (fun () -> IH.replace_seq ms (List.to_seq [(3, "z"); (4, "y")]); List.of_seq (IH.to_seq ms));
  check "IH.add_seq" (list str) (fun () -> IH.add_seq ms (List.to_seq [(3, "q")]); IH.find_all ms 3);
  check "IH keys/values" (pair (list int) (list str))
    (fun () -> (List.of_seq (IH.to_seq_keys ms), List.of_seq (IH.to_seq_values ms)));
  let sh = SH.create 16 in
  List.iteri (fun i w -> SH.add sh w i; if i mod 3 = 0 then SH.replace sh w (-i)) words;
  check "SH order" (list (pair str int)) (fun () -> List.of_seq (SH.to_seq sh));
  List.iter (fun w -> check ("SH.find " ^ w) int (fun () -> SH.find sh w)) words;
  (* randomized-style stress: interleaved operations, order checked periodically *)
  let st = Hashtbl.create 16 in
  let x = ref 12345 in
  let next () = x := (!x * 1103515245 + 12345) land 0x3fffffff; !x in
  for step = 1 to 3000 do
    let r = next () in
    let k = r mod 400 in
    (match r / 400 mod 4 with
     | 0 | 1 -> Hashtbl.add st k (string_of_int step)
     | 2 -> Hashtbl.remove st k
     | _ -> Hashtbl.replace st k ("p" ^ string_of_int step));
    if step mod 100 = 0 then begin
      check (Printf.sprintf "stress %d length" step) int (fun () -> Hashtbl.length st);
      check (Printf.sprintf "stress %d keys" step) (list int) (fun () -> List.of_seq (Hashtbl.to_seq_keys st));
      check (Printf.sprintf "stress %d find_all" step) (list str) (fun () -> Hashtbl.find_all st k)
    end
  done;
  check "stress stats" stats (fun () -> st);
  finish ()
