(* status: 0 *)
(* %h/%H and integer bases for values around powers of two. *)
let () =
  for i = 0 to 8 do
    let x = 2.0 ** float (i * 8 - 32) in
    Printf.printf "%-24h %-24H %g\n" x x x
  done;
  List.iter (fun f -> Printf.printf "%h\n" f) [1.5; 0.75; 1.0 /. 3.0; -1e-300; 1e300; 123.456];
  for i = 0 to 6 do
    let n = (1 lsl (i * 10)) - 1 in
    Printf.printf "%20d %16x %22o\n" n n n
  done;
  Printf.printf "%x %X %o\n" (-1) min_int min_int;
  Printf.printf "%#x %#o %#X\n" 4096 4096 48879

let () = Printf.printf "%h %h %h\n" max_float min_float epsilon_float
