(* Hashtbl (generic and Make), Map.Make and Set.Make built by robur itself:
   hashing (kernel/runtime/hash.c), iteration order, balanced trees.
   Plain printing only (no Printf). *)
let p s = print_string s; print_newline ()
let il l = "[" ^ String.concat ";" (List.map string_of_int l) ^ "]"
let kv l = "[" ^ String.concat ";" (List.map (fun (k, v) -> string_of_int k ^ ":" ^ v) l) ^ "]"
let ex f = try f () with Invalid_argument s -> "Invalid_argument " ^ s | Not_found -> "Not_found"

module IM = Map.Make (Int)
module SM = Map.Make (String)
module IS = Set.Make (Int)
module SH = Hashtbl.Make (struct
  type t = string
  let equal = String.equal
  let hash = Hashtbl.hash
end)

let () =
  p (il (List.map Hashtbl.hash [0; 1; -1; 42; max_int; min_int]));
  p (il (List.map Hashtbl.hash [""; "a"; "hello"; "a much longer string to hash"]));
  p (il [Hashtbl.hash 3.25; Hashtbl.hash [1; 2; 3]; Hashtbl.hash (1, "x"); Hashtbl.hash (Some 5);
         Hashtbl.hash 'c'; Hashtbl.hash (List.init 300 (fun i -> i)); Hashtbl.hash [| 1.5; 2.5 |]]);
  let h = Hashtbl.create 5 in
  for i = 0 to 199 do Hashtbl.add h (i * 37 mod 211) (string_of_int i) done;
  for i = 0 to 210 do if i mod 3 = 0 then Hashtbl.remove h i done;
  for i = 0 to 20 do Hashtbl.add h i "shadow"; Hashtbl.replace h (i + 300) "rep" done;
  p (kv (List.of_seq (Hashtbl.to_seq h)));
  p (kv (Hashtbl.fold (fun k v a -> (k, v) :: a) h []));
  let st = Hashtbl.stats h in
  p (il [st.Hashtbl.num_bindings; st.Hashtbl.num_buckets; st.Hashtbl.max_bucket_length]);
  p (il (Array.to_list st.Hashtbl.bucket_histogram));
  p (String.concat "," (Hashtbl.find_all h 5));
  Hashtbl.remove h 5;
  p (String.concat "," (Hashtbl.find_all h 5));
  p (ex (fun () -> Hashtbl.find h 1000));
  Hashtbl.filter_map_inplace (fun k v -> if k mod 2 = 0 then None else Some (v ^ "'")) h;
  p (kv (List.of_seq (Hashtbl.to_seq h)));
  let g = Hashtbl.create 16 in
  List.iteri (fun i s -> Hashtbl.add g s i)
    ["one"; "two"; "three"; "four"; "five"; "six"; "seven"; "eight"; "nine"; "ten";
     "eleven"; "twelve"; "thirteen"; "fourteen"; "fifteen"; "sixteen"; "seventeen";
     "eighteen"; "nineteen"; "twenty"; "twenty-one"; "twenty-two"; "twenty-three";
     "twenty-four"; "twenty-five"; "twenty-six"; "twenty-seven"; "twenty-eight";
     "twenty-nine"; "thirty"; "thirty-one"; "thirty-two"; "thirty-three"];
  Hashtbl.iter (fun k v -> print_string (k ^ "=" ^ string_of_int v ^ " ")) g;
  p "";
  let tk = Hashtbl.create 4 in
  for i = 0 to 40 do Hashtbl.replace tk (i mod 5, [i; -i], "k") i done;
  Hashtbl.iter (fun (a, l, _) v -> print_string (string_of_int a ^ il l ^ "=" ^ string_of_int v ^ " ")) tk;
  p "";
  Hashtbl.reset h;
  p (string_of_int (Hashtbl.length h) ^ " " ^ string_of_int (Hashtbl.stats h).Hashtbl.num_buckets);
  let sh = SH.create 3 in
  List.iter (fun w -> SH.replace sh w (String.length w)) ["alpha"; "beta"; "gamma"; "delta"; "beta"; "epsilon"; "zeta"; "eta"];
  SH.iter (fun k v -> print_string (k ^ "=" ^ string_of_int v ^ " ")) sh;
  p "";
  (* Map *)
  let m = ref IM.empty in
  for i = 0 to 99 do m := IM.add (i * 13 mod 101) (string_of_int i) !m done;
  for i = 0 to 100 do if i mod 4 = 0 then m := IM.remove i !m done;
  p (kv (IM.bindings !m));
  p (ex (fun () -> IM.find 4 !m));
  p (kv (List.of_seq (IM.to_seq_from 50 !m)));
  p (kv (List.of_seq (IM.to_rev_seq !m)));
  let k, v = IM.find_first (fun k -> k > 33) !m in p (string_of_int k ^ v);
  let k, v = IM.find_last (fun k -> k < 33) !m in p (string_of_int k ^ v);
  let k, v = IM.choose !m in p (string_of_int k ^ v);
  let l, o, r = IM.split 42 !m in
  p (kv (IM.bindings l) ^ (match o with Some v -> v | None -> "-") ^ kv (IM.bindings r));
  let a = IM.of_seq (List.to_seq (List.init 20 (fun i -> (i * 2, string_of_int i)))) in
  let b = IM.of_seq (List.to_seq (List.init 20 (fun i -> (i * 3, "b" ^ string_of_int i)))) in
  p (kv (IM.bindings (IM.union (fun _ x y -> if x < y then Some x else None) a b)));
  p (kv (IM.bindings (IM.merge (fun _ x y -> match x, y with Some x, None -> Some x | None, Some y -> Some y | _ -> None) a b)));
  p (string_of_int (IM.compare compare a b) ^ " " ^ string_of_bool (IM.equal (=) a a));
  IM.iter (fun k _ -> if IM.for_all (fun k' _ -> k' <> k + 1) a then print_string (string_of_int k ^ " ")) a;
  p "";
  let sm = List.fold_left (fun m w -> SM.update w (fun o -> match o with None -> Some 1 | Some n -> Some (n + 1)) m)
      SM.empty ["b"; "a"; "c"; "a"; "b"; "a"] in
  p (String.concat " " (List.map (fun (k, n) -> k ^ string_of_int n) (SM.bindings sm)));
  (* Set *)
  let s = IS.of_list (List.init 50 (fun i -> i * 7 mod 53)) in
  let t = IS.of_list (List.init 40 (fun i -> i * 3)) in
  p (il (IS.elements s));
  p (il (IS.elements (IS.union s t)));
  p (il (IS.elements (IS.inter s t)));
  p (il (IS.elements (IS.diff s t)));
  p (string_of_bool (IS.subset (IS.inter s t) t) ^ string_of_bool (IS.disjoint s t) ^ string_of_int (IS.compare s t));
  p (ex (fun () -> string_of_int (IS.min_elt IS.empty)));
  p (string_of_int (IS.choose s) ^ " " ^ string_of_int (IS.max_elt s) ^ " " ^ string_of_int (IS.cardinal s));
  p (il (List.of_seq (IS.to_seq_from 30 t)));
  p (il (IS.elements (IS.map (fun x -> x mod 10) s)));
  let x = ref 5 in
  let sa = ref IS.empty in
  for _ = 1 to 5000 do
    x := (!x * 1103515245 + 12345) land 0x3fffffff;
    if !x mod 3 = 0 then sa := IS.remove (!x mod 500) !sa else sa := IS.add (!x mod 500) !sa
  done;
  p (string_of_int (IS.cardinal !sa) ^ " " ^ string_of_int (IS.fold ( + ) !sa 0));
  p (il (List.filteri (fun i _ -> i < 30) (IS.elements !sa)))
