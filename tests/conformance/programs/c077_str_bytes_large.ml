(* status: 0 *)
(* Large Bytes buffers (megabytes) filled and scanned. *)
let () =
  let n = 4_000_000 in
  let b = Bytes.create n in
  for i = 0 to n - 1 do Bytes.unsafe_set b i (Char.unsafe_chr (i * 31 land 255)) done;
  let sum = ref 0 in
  Bytes.iter (fun c -> sum := !sum + Char.code c) b;
  Printf.printf "sum %d\n" !sum;
  let s = Bytes.sub_string b 1000 8 in
  Printf.printf "%S\n" s;
  let cnt = ref 0 in
  for i = 0 to n - 1 do if Bytes.get b i = 'A' then incr cnt done;
  Printf.printf "'A' count %d\n" !cnt;
  let big = String.make 1_000_000 'x' in
  let bigger = big ^ big ^ "end" in
  Printf.printf "%d %c %s\n" (String.length bigger) bigger.[1_500_000] (String.sub bigger 1_999_999 4);
  let copies = List.init 20 (fun i -> Bytes.make 100_000 (Char.chr (65 + i))) in
  Printf.printf "%d\n" (List.fold_left (fun acc b -> acc + Char.code (Bytes.get b 99_999)) 0 copies)
