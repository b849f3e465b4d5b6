open Tutil

let rec take n s () =
  if n <= 0 then Seq.Nil
  else match s () with Seq.Nil -> Seq.Nil | Seq.Cons (x, r) -> Seq.Cons (x, take (n - 1) r)

let to_l s = List.rev (Seq.fold_left (fun acc x -> x :: acc) [] s)
let of_l l = List.to_seq l
let il = list int
let samples = [[]; [1]; [1; 2; 3]; [4; 0; 4; 7; 2]]
let nat = Seq.unfold (fun i -> Some (i, i + 1)) 0

let () =
  check "empty" il (fun () -> to_l Seq.empty);
  check "return" il (fun () -> to_l (Seq.return 5));
  List.iteri (fun k l ->
      let n = Printf.sprintf "[%d]" k in
      let s = of_l l in
      check ("cons" ^ n) il (fun () -> to_l (Seq.cons 9 s));
      check ("append" ^ n) il (fun () -> to_l (Seq.append s (of_l [8; 9])));
      check ("append'" ^ n) il (fun () -> to_l (Seq.append (of_l [8; 9]) s));
      check_trace ("map" ^ n) il (fun () -> to_l (Seq.map (fun x -> log "%d" x; x * 2) s));
      check_trace ("filter" ^ n) il (fun () -> to_l (Seq.filter (fun x -> log "%d" x; x mod 2 = 0) s));
      check_trace ("filter_map" ^ n) il
        (fun () -> to_l (Seq.filter_map (fun x -> log "%d" x; if x > 1 then Some (x * 10) else None) s));
      check ("concat" ^ n) il (fun () -> to_l (Seq.concat (of_l [s; Seq.empty; s])));
      check_trace ("flat_map" ^ n) il (fun () -> to_l (Seq.flat_map (fun x -> log "%d" x; of_l [x; x]) s));
      check_trace ("concat_map" ^ n) il (fun () -> to_l (Seq.concat_map (fun x -> log "%d" x; of_l (List.init x (fun i -> i))) s));
      check_trace ("fold_left" ^ n) int (fun () -> Seq.fold_left (fun a x -> log "%d" x; a * 10 + x) 0 s);
      check_trace ("iter" ^ n) unit (fun () -> Seq.iter (fun x -> log "%d" x) s);
      check ("unfold" ^ n) il (fun () -> to_l (Seq.unfold (fun l -> match l with [] -> None | x :: r -> Some (x + 1, r)) l)))
    samples;
  (* laziness: nothing is evaluated before the sequence is forced *)
  check_trace "map lazy" unit (fun () -> ignore (Seq.map (fun x -> log "%d" x; x) (of_l [1; 2])));
  check_trace "filter lazy" unit (fun () -> ignore (Seq.filter (fun x -> log "%d" x; true) (of_l [1; 2])));
  check_trace "flat_map lazy" unit (fun () -> ignore (Seq.flat_map (fun x -> log "%d" x; Seq.empty) (of_l [1; 2])));
  check_trace "map head" int (fun () ->
      match Seq.map (fun x -> log "%d" x; x) (of_l [1; 2; 3]) () with Seq.Cons (x, _) -> x | Seq.Nil -> -1);
  check_trace "filter_map head" int (fun () ->
      match Seq.filter_map (fun x -> log "%d" x; if x > 1 then Some x else None) (of_l [1; 2; 3]) () with
      | Seq.Cons (x, _) -> x | Seq.Nil -> -1);
  check "infinite take" il (fun () -> to_l (take 10 (Seq.map (fun x -> x * x) nat)));
  check "infinite filter" il (fun () -> to_l (take 5 (Seq.filter (fun x -> x mod 7 = 3) nat)));
  check "infinite flat_map" il (fun () -> to_l (take 7 (Seq.flat_map (fun x -> of_l [x; -x]) nat)));
  check "infinite append" il (fun () -> to_l (take 3 (Seq.append nat Seq.empty)));
  check "infinite concat" il (fun () -> to_l (take 6 (Seq.concat (Seq.map (fun x -> take x nat) nat))));
  check "long fold" int (fun () -> Seq.fold_left (+) 0 (take 1_000_000 nat));
  check "long iter" int (fun () -> let r = ref 0 in Seq.iter (fun x -> r := !r + x) (take 1_000_000 nat); !r);
  check "long filter" int (fun () -> Seq.fold_left (+) 0 (Seq.filter (fun x -> x = 999_999) (take 1_000_000 nat)));
  check "long filter_map" int (fun () -> Seq.fold_left (+) 0 (Seq.filter_map (fun x -> if x = 999_999 then Some 1 else None) (take 1_000_000 nat)));
  check "persistent" (pair il il) (fun () -> let s = Seq.map succ (of_l [1; 2]) in (to_l s, to_l s));
  check "exn in map" il (fun () -> to_l (Seq.map (fun x -> if x = 2 then raise Not_found else x) (of_l [1; 2])));
  finish ()
