(* status: 0 *)
(* Integer conversions %d %i %u %x %X %o with flags and widths. *)
let () =
  List.iter (fun n ->
    Printf.printf "[%d] [%i] [%u] [%x] [%X] [%o]\n" n n n n n n)
    [0; 1; -1; 42; 255; -255; 65535; max_int; min_int];
  Printf.printf "[%5d] [%-5d] [%05d] [%+d] [%+d] [% d] [% d]\n" 42 42 42 42 (-42) 42 (-42);
  Printf.printf "[%#x] [%#X] [%#o] [%#x]\n" 255 255 8 0;
  Printf.printf "[%8x] [%-8X|] [%08o]\n" 48879 48879 511;
  Printf.printf "[%.5d] [%8.3d] [%-8.3d|]\n" 42 7 7;
  Printf.printf "[%*d] [%-*d] [%0*d]\n" 6 12 6 12 6 12;
  Printf.printf "[%3d] [%3d]\n" 123456 (-12345);
  Printf.printf "[%+5d] [%+05d] [%-+5d]\n" 3 3 3;
  Printf.printf "[%ld] [%lx] [%Ld] [%LX] [%nd] [%nx]\n" 2147483647l (-1l) 9223372036854775807L (-1L) 7n 255n;
  Printf.printf "[%lu] [%Lu] [%Lo]\n" (-1l) (-1L) 8L;
  Printf.printf "[%d%%] [%%d]\n" 50
