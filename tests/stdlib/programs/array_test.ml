open Tutil

let ia = array int
let samples = [[||]; [|1|]; [|1; 2|]; [|3; 1; 2|]; [|5; 4; 3; 2; 1|]; [|1; 1; 2; 2; 1; 0|]]

let () =
  List.iteri (fun k a0 ->
      let n = Printf.sprintf "[%d]" k in
      let a () = Array.copy a0 in
      check ("length" ^ n) int (fun () -> Array.length a0);
      check ("copy" ^ n) ia (fun () -> let c = Array.copy a0 in if Array.length c > 0 then c.(0) <- 99; c);
      check ("orig" ^ n) ia (fun () -> a0);
      check ("to_list" ^ n) (list int) (fun () -> Array.to_list a0);
      check ("of_list" ^ n) ia (fun () -> Array.of_list (List.rev (Array.to_list a0)));
      check ("append" ^ n) ia (fun () -> Array.append a0 [|7; 8|]);
      check ("append'" ^ n) ia (fun () -> Array.append [||] a0);
      check ("append fresh" ^ n) bool (fun () -> Array.length a0 = 0 || Array.append a0 [||] != a0);
      check ("concat" ^ n) ia (fun () -> Array.concat [a0; [||]; a0; [|0|]]);
      check_trace ("iter" ^ n) unit (fun () -> Array.iter (fun x -> log "%d" x) a0);
      check_trace ("iteri" ^ n) unit (fun () -> Array.iteri (fun i x -> log "%d:%d" i x) a0);
      check_trace ("map" ^ n) ia (fun () -> Array.map (fun x -> log "%d" x; x * 2) a0);
      check_trace ("mapi" ^ n) ia (fun () -> Array.mapi (fun i x -> log "%d" i; x * i) a0);
      check_trace ("map float" ^ n) (array float) (fun () -> Array.map (fun x -> log "%d" x; float_of_int x /. 3.) a0);
      check_trace ("fold_left" ^ n) int (fun () -> Array.fold_left (fun acc x -> log "%d" x; acc * 3 - x) 7 a0);
      check_trace ("fold_right" ^ n) int (fun () -> Array.fold_right (fun x acc -> log "%d" x; acc * 3 - x) a0 7);
      check_trace ("fold_left_map" ^ n) (pair int ia)
        (fun () -> Array.fold_left_map (fun acc x -> log "%d" x; (acc + x, acc * x)) 1 a0);
      check_trace ("for_all" ^ n) bool (fun () -> Array.for_all (fun x -> log "%d" x; x < 4) a0);
      check_trace ("exists" ^ n) bool (fun () -> Array.exists (fun x -> log "%d" x; x = 2) a0);
      List.iter (fun v ->
          check (Printf.sprintf "mem%s %d" n v) bool (fun () -> Array.mem v a0);
          check (Printf.sprintf "memq%s %d" n v) bool (fun () -> Array.memq v a0);
          check (Printf.sprintf "find_opt%s %d" n v) (opt int) (fun () -> Array.find_opt (fun x -> x > v) a0);
          check (Printf.sprintf "find_map%s %d" n v) (opt int)
            (fun () -> Array.find_map (fun x -> if x > v then Some (x * 100) else None) a0))
        [0; 1; 2; 3; 7];
      List.iter (fun a2 ->
          check_trace ("iter2" ^ n) unit (fun () -> Array.iter2 (fun x y -> log "%d,%d" x y) a0 a2);
          check_trace ("map2" ^ n) ia (fun () -> Array.map2 (fun x y -> log "%d,%d" x y; x * 10 + y) a0 a2);
          check_trace ("for_all2" ^ n) bool (fun () -> Array.for_all2 (fun x y -> log "%d,%d" x y; x <= y) a0 a2);
          check_trace ("exists2" ^ n) bool (fun () -> Array.exists2 (fun x y -> log "%d,%d" x y; x > y) a0 a2);
          check ("combine" ^ n) (array (pair int int)) (fun () -> Array.combine a0 a2))
        samples;
      check ("split" ^ n) (pair ia (array str)) (fun () -> Array.split (Array.map (fun x -> (x, string_of_int x)) a0));
      List.iter (fun (o, l) ->
          let m = Printf.sprintf "%s %d %d" n o l in
          check ("sub" ^ m) ia (fun () -> Array.sub a0 o l);
          check ("fill" ^ m) ia (fun () -> let x = a () in Array.fill x o l 0; x);
          check ("blit" ^ m) ia (fun () -> let x = Array.make 6 (-1) in Array.blit a0 o x 1 l; x);
          check ("blit self" ^ m) ia (fun () -> let x = a () in Array.blit x o x 1 l; x);
          check ("blit to" ^ m) ia (fun () -> let x = a () in Array.blit [|8; 9; 10|] 0 x o l; x))
        [(0, 0); (0, 1); (1, 2); (-1, 1); (2, -1); (0, 3); (3, 0); (2, 4); (0, 5)];
      check ("sort" ^ n) ia (fun () -> let x = a () in Array.sort compare x; x);
      check ("sort desc" ^ n) ia (fun () -> let x = a () in Array.sort (fun p q -> compare q p) x; x);
      check ("stable_sort" ^ n) ia (fun () -> let x = a () in Array.stable_sort compare x; x);
      check ("fast_sort" ^ n) ia (fun () -> let x = a () in Array.fast_sort compare x; x);
      check ("to_seq" ^ n) (list int) (fun () -> List.of_seq (Array.to_seq a0));
      check ("to_seqi" ^ n) (list (pair int int)) (fun () -> List.of_seq (Array.to_seqi a0));
      check ("of_seq" ^ n) ia (fun () -> Array.of_seq (List.to_seq (Array.to_list a0))))
    samples;
  List.iter (fun k ->
      check_trace (Printf.sprintf "init %d" k) ia (fun () -> Array.init k (fun i -> log "%d" i; i * i));
      check (Printf.sprintf "make %d" k) (array str) (fun () -> Array.make k "x");
      check (Printf.sprintf "make float %d" k) (array float) (fun () -> Array.make k 1.5);
      check (Printf.sprintf "create_float %d" k) int (fun () -> Array.length (Array.create_float k));
      check (Printf.sprintf "create_float %d" (k - 5)) int (fun () -> Array.length (Array.create_float (k - 5)));
      List.iter (fun j ->
          check (Printf.sprintf "make_matrix %d %d" k j) (array ia) (fun () -> Array.make_matrix k j 0))
        [-1; 0; 2])
    [-1; 0; 1; 3];
  check "make_matrix fresh rows" (array ia) (fun () -> let m = Array.make_matrix 2 2 0 in m.(0).(1) <- 5; m);
  check "init float" (array float) (fun () -> Array.init 4 (fun i -> float_of_int i *. 0.25));
  check "get" int (fun () -> Array.get [|1; 2|] 1);
  check "get oob" int (fun () -> Array.get [|1; 2|] 2);
  check "get neg" int (fun () -> Array.get [|1; 2|] (-1));
  check "set" ia (fun () -> let x = [|1; 2|] in Array.set x 0 5; x);
  check "set oob" ia (fun () -> let x = [|1; 2|] in Array.set x 2 5; x);
  check "unsafe_get" int (fun () -> Array.unsafe_get [|1; 2|] 1);
  check "unsafe_set" ia (fun () -> let x = [|1; 2|] in Array.unsafe_set x 1 7; x);
  check "float append" (array float) (fun () -> Array.append [|1.; 2.|] [|3.|]);
  check "float concat" (array float) (fun () -> Array.concat [[|1.|]; [||]; [|2.; 3.|]]);
  check "float sub" (array float) (fun () -> Array.sub [|1.; 2.; 3.|] 1 2);
  check "float of_list" (array float) (fun () -> Array.of_list [1.; 2.]);
  check "float fill" (array float) (fun () -> let x = [|1.; 2.; 3.|] in Array.fill x 1 1 9.; x);
  check "float blit" (array float) (fun () -> let x = [|1.; 2.; 3.|] in Array.blit x 0 x 1 2; x);
  check "float sort" (array float) (fun () -> let x = [|3.; nan; 1.; -0.; 2.|] in Array.sort compare x; x);
  check "float to_list" (list float) (fun () -> Array.to_list [|1.; 0.5|]);
  check "mem nan" bool (fun () -> Array.mem nan [|nan|]);
  let s1 = "k" and s2 = String.make 1 'k' in
  check "memq phys" bool (fun () -> Array.memq s2 [|s1|]);
  check "memq phys2" bool (fun () -> Array.memq s2 [|s1; s2|]);
  (* sorting: permutations, big arrays, stability *)
  let rec perms l = match l with
    | [] -> [[]]
    | _ -> List.concat_map (fun x -> List.map (fun p -> x :: p) (perms (List.filter ((<>) x) l))) l in
  List.iter (fun p ->
      let a = Array.of_list p in
      check ("sort perm " ^ list int p) ia (fun () -> let x = Array.copy a in Array.sort compare x; x);
      check ("stable perm " ^ list int p) ia (fun () -> let x = Array.copy a in Array.stable_sort compare x; x))
    (perms [1; 2; 3; 4; 5]);
  let big = Array.init 100_000 (fun i -> (i * 7919) mod 100_003) in
  check "big sort" ia (fun () -> let x = Array.copy big in Array.sort compare x; Array.sub x 0 20);
  check "big sorted" bool (fun () -> let x = Array.copy big in Array.sort compare x;
                            let ok = ref true in Array.iteri (fun i v -> if i > 0 && x.(i - 1) > v then ok := false) x; !ok);
  check "big stable_sort" ia (fun () -> let x = Array.copy big in Array.stable_sort compare x; Array.sub x 50_000 20);
  check "big fold" int (fun () -> Array.fold_left (+) 0 big);
  let keyed = Array.init 3000 (fun i -> ((i * 37) mod 11, i)) in
  for m = 0 to 40 do
    check (Printf.sprintf "keyed stable %d" m) (array (pair int int))
      (fun () -> let x = Array.sub keyed 0 (m * 7) in Array.stable_sort (fun (a, _) (b, _) -> compare a b) x;
        Array.sub x 0 (min 12 (Array.length x)))
  done;
  check "keyed stable all" bool (fun () ->
      let x = Array.copy keyed in Array.stable_sort (fun (a, _) (b, _) -> compare a b) x;
      x = Array.of_list (List.stable_sort (fun (a, _) (b, _) -> compare a b) (Array.to_list keyed)));
  check "keyed sort keys" ia (fun () ->
      let x = Array.copy keyed in Array.sort (fun (a, _) (b, _) -> compare a b) x;
      Array.map fst (Array.sub x 0 300));
  check "to_seq live" (list int) (fun () -> let a = [|1; 2; 3|] in let s = Array.to_seq a in a.(1) <- 20; List.of_seq s);
  finish ()
