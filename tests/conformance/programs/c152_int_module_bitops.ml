(* status: 0 *)
(* Int module and bitwise operators on 63-bit integers. *)
let () =
  Printf.printf "%d %d %d\n" (Int.abs (-5)) (Int.neg 3) (Int.succ max_int);
  Printf.printf "%d %d %d\n" Int.max_int Int.min_int (Int.pred min_int);
  Printf.printf "%d %d\n" (Int.max 3 9) (Int.min 3 9);
  Printf.printf "%d %d %d %d\n" (0b1100 land 0b1010) (0b1100 lor 0b1010) (0b1100 lxor 0b1010) (lnot 0);
  Printf.printf "%d %d %d\n" (1 lsl 62) (1 lsl 63) (1 lsl 61);
  Printf.printf "%d %d\n" (-16 asr 2) (-16 lsr 60);
  Printf.printf "%x %x\n" (-1 lsr 1) (-1 lsl 4);
  Printf.printf "%b %d\n" (Int.equal 3 3) (Int.compare 2 5);
  Printf.printf "%s %d\n" (Int.to_string (-42)) (Int.of_float 3.9);
  Printf.printf "%F\n" (Int.to_float 12);
  let popcount n = let rec go n acc = if n = 0 then acc else go (n land (n - 1)) (acc + 1) in go n 0 in
  Printf.printf "%d %d %d\n" (popcount 255) (popcount max_int) (popcount (-1));
  Printf.printf "%d\n" (max_int * 2 + 2);
  Printf.printf "%d\n" (abs min_int);
  Printf.printf "%d %d\n" (Int.rem (-7) 3) (Int.div (-7) 3);
  let x = 0x1234_5678_9abc in
  Printf.printf "%x %x\n" ((x lsr 16) land 0xffff) (x land 0xff)
