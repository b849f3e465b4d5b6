(* Randomised inputs (OCaml's Random, fixed seed, the same on both sides)
   through List, Array, String and Bytes. *)
open Tutil

let rand_list n = List.init (Random.int n) (fun _ -> Random.int 20 - 5)
let rand_string n = String.init (Random.int n) (fun _ -> "ab ,\t\nZ\000\255".[Random.int 9])

let () =
  Random.init 4242;
  for k = 1 to 120 do
    let l = rand_list 40 and l2 = rand_list 40 in
    let n = Printf.sprintf "#%d" k in
    let key a b = compare (a / 4) (b / 4) in
    check ("List.sort" ^ n) (list int) (fun () -> List.sort compare l);
    check ("List.stable_sort key" ^ n) (list int) (fun () -> List.stable_sort key l);
    check ("List.sort_uniq key" ^ n) (list int) (fun () -> List.sort_uniq key l);
    check ("List.merge" ^ n) (list int) (fun () -> List.merge key (List.stable_sort key l) (List.stable_sort key l2));
    check ("List.partition" ^ n) (pair (list int) (list int)) (fun () -> List.partition (fun x -> x > 3) l);
    check ("List.combine" ^ n) (list (pair int int)) (fun () -> List.combine l l2);
    check ("List.compare" ^ n) int (fun () -> List.compare compare l l2);
    check ("List.filteri" ^ n) (list int) (fun () -> List.filteri (fun i x -> (i + x) mod 3 = 0) l);
    let a = Array.of_list l in
    check ("Array.stable_sort key" ^ n) (array int) (fun () -> let x = Array.copy a in Array.stable_sort key x; x);
    check ("Array.sort" ^ n) (array int) (fun () -> let x = Array.copy a in Array.sort compare x; x);
    check ("Array.blit" ^ n) (array int)
      (fun () -> let x = Array.copy a in
        let len = Array.length x in
        Array.blit x (Random.int (len + 2)) x (Random.int (len + 2)) (Random.int 10); x);
    let s = rand_string 30 and s2 = rand_string 6 in
    check ("String.split_on_char" ^ n) (list str) (fun () -> String.split_on_char ',' s);
    check ("String.trim" ^ n) str (fun () -> String.trim s);
    check ("String.escaped" ^ n) str (fun () -> String.escaped s);
    check ("String.compare" ^ n) int (fun () -> String.compare s s2);
    check ("String.starts_with" ^ n) bool (fun () -> String.starts_with s2 s);
    check ("String.ends_with" ^ n) bool (fun () -> String.ends_with (String.sub s2 0 (min 2 (String.length s2))) s);
    let i = Random.int (String.length s + 3) - 1 in
    check ("String.index_from" ^ n) int (fun () -> String.index_from s i ',');
    check ("String.rindex_from" ^ n) int (fun () -> String.rindex_from s i ' ');
    check ("String.sub" ^ n) str (fun () -> String.sub s i (Random.int 8 - 1));
    check ("Bytes.extend" ^ n) int (fun () -> Bytes.length (Bytes.extend (Bytes.of_string s) (Random.int 10 - 5) (Random.int 10 - 5)));
    check ("Bytes.trim" ^ n) bytes (fun () -> Bytes.trim (Bytes.of_string s));
    check ("Bytes.blit" ^ n) bytes
      (fun () -> let b = Bytes.of_string s in
        let len = Bytes.length b in
        Bytes.blit b (Random.int (len + 2)) b (Random.int (len + 2)) (Random.int 10); b)
  done;
  (* which of several equal elements comes out where: Array.sort is not
     stable and List.sort_uniq keeps one of each run of equals; both must
     choose as OCaml does *)
  let kcmp (a, _) (b, _) = compare a b in
  let rec all n = if n = 0 then [[]] else List.concat_map (fun l -> List.map (fun k -> k :: l) [0; 1; 2]) (all (n - 1)) in
  for n = 0 to 6 do
    List.iter (fun keys ->
        let l = List.mapi (fun i k -> (k, i)) keys in
        let m = "keys " ^ String.concat "" (List.map string_of_int keys) in
        check ("Array.sort " ^ m) (array (pair int int)) (fun () -> let a = Array.of_list l in Array.sort kcmp a; a);
        check ("List.sort_uniq " ^ m) (list (pair int int)) (fun () -> List.sort_uniq kcmp l))
      (all n)
  done;
  (* the comparison function is called on the same pairs in the same order
     as by OCaml's List.sort / stable_sort / sort_uniq and Array.sort *)
  let lcmp (a, i) (b, j) = log "%d.%d" i j; compare a b in
  for k = 0 to 60 do
    let l = List.init (k mod 25) (fun i -> (Random.int (1 + k mod 7), i)) in
    check_trace (Printf.sprintf "List.stable_sort calls #%d" k) (list (pair int int)) (fun () -> List.stable_sort lcmp l);
    check_trace (Printf.sprintf "List.sort calls #%d" k) (list (pair int int)) (fun () -> List.sort lcmp l);
    check_trace (Printf.sprintf "List.sort_uniq calls #%d" k) (list (pair int int)) (fun () -> List.sort_uniq lcmp l);
    check_trace (Printf.sprintf "Array.sort calls #%d" k) (array (pair int int))
      (fun () -> let a = Array.of_list l in Array.sort lcmp a; a)
  done;
  for k = 1 to 300 do
    let l = List.init (Random.int 70) (fun i -> (Random.int 8, i)) in
    check (Printf.sprintf "Array.sort keyed #%d" k) (array (pair int int)) (fun () -> let a = Array.of_list l in Array.sort kcmp a; a);
    check (Printf.sprintf "List.sort_uniq keyed #%d" k) (list (pair int int)) (fun () -> List.sort_uniq kcmp l)
  done;
  finish ()
