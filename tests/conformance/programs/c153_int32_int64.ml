(* status: 0 *)
(* Int32/Int64/Nativeint arithmetic with wrap-around. *)
let () =
  Printf.printf "%ld %ld\n" (Int32.add Int32.max_int 1l) (Int32.mul 65536l 65536l);
  Printf.printf "%Ld %Ld\n" (Int64.add Int64.max_int 1L) (Int64.mul 4294967296L 4294967296L);
  Printf.printf "%Ld %Ld\n" (Int64.div (-7L) 2L) (Int64.rem (-7L) 2L);
  Printf.printf "%Lx %LX\n" (Int64.shift_left 1L 63) (Int64.shift_right (-256L) 4);
  Printf.printf "%Lx\n" (Int64.shift_right_logical (-1L) 4);
  Printf.printf "%d %Ld\n" (Int64.to_int 0x7fff_ffff_ffff_ffffL) (Int64.of_int min_int);
  Printf.printf "%ld %d\n" (Int32.of_int 0x1_0000_0001) (Int32.to_int (-1l));
  Printf.printf "%s %s\n" (Int64.to_string Int64.min_int) (Int32.to_string Int32.min_int);
  Printf.printf "%Ld %ld\n" (Int64.logxor 0xF0L 0xFFL) (Int32.lognot 0l);
  Printf.printf "%d %d\n" (Int64.compare 1L 2L) (compare 5l 3l);
  Printf.printf "%nd %nx\n" (Nativeint.add Nativeint.max_int 1n) (Nativeint.of_int (-1));
  let fact n = let rec go i acc = if i > n then acc else go (i + 1) (Int64.mul acc (Int64.of_int i)) in go 1 1L in
  Printf.printf "20! = %Ld, 21! wraps to %Ld\n" (fact 20) (fact 21);
  Printf.printf "%Lu %lu\n" (-1L) (-1l);
  Printf.printf "%Ld\n" (Int64.unsigned_div (-1L) 10L);
  Printf.printf "%d\n" (Int64.unsigned_compare (-1L) 1L)
