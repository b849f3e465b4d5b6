(* status: 0 *)
(* A Hashtbl with 5*10^5 entries, resized many times. *)
let () =
  let n = 500_000 in
  let h = Hashtbl.create 16 in
  for i = 0 to n - 1 do Hashtbl.replace h i (i * i) done;
  Printf.printf "length %d\n" (Hashtbl.length h);
  let s = ref 0 in
  for i = 0 to n - 1 do if i mod 1000 = 0 then s := !s + Hashtbl.find h i mod 1_000_007 done;
  Printf.printf "sample sum %d\n" !s;
  for i = 0 to n - 1 do if i mod 3 = 0 then Hashtbl.remove h i done;
  Printf.printf "after remove %d\n" (Hashtbl.length h);
  Printf.printf "mem 3 %b mem 4 %b\n" (Hashtbl.mem h 3) (Hashtbl.mem h 4);
  let cnt = Hashtbl.fold (fun k _ acc -> if k mod 2 = 0 then acc + 1 else acc) h 0 in
  Printf.printf "even keys %d\n" cnt;
  let sh = Hashtbl.create 100 in
  for i = 0 to 199_999 do Hashtbl.replace sh (string_of_int (i mod 50_000)) i done;
  Printf.printf "string keys %d, \"123\" -> %d\n" (Hashtbl.length sh) (Hashtbl.find sh "123")
