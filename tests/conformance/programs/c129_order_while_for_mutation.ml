(* status: 0 *)
(* for-loop bounds are evaluated once; mutations inside loops. *)
let () =
  let n = ref 5 in
  let iterations = ref 0 in
  for _ = 1 to !n do n := !n + 1; incr iterations done;
  Printf.printf "iterations %d, n %d\n" !iterations !n;
  let count = ref 0 in
  for i = 10 downto 1 do if i mod 3 = 0 then count := !count + i done;
  Printf.printf "count %d\n" !count;
  for i = 5 to 4 do Printf.printf "never %d\n" i done;
  let i = ref 0 and s = ref 0 in
  while (incr i; !i <= 10) do s := !s + !i done;
  Printf.printf "i %d s %d\n" !i !s;
  let arr = Array.init 10 (fun i -> i) in
  for i = 0 to Array.length arr - 1 do arr.(i) <- arr.(Array.length arr - 1 - i) done;
  Array.iter (Printf.printf "%d ") arr;
  print_newline ();
  let fl = ref [] in
  for i = max_int - 2 to max_int do fl := i :: !fl done;
  Printf.printf "%d values near max_int\n" (List.length !fl);
  for i = min_int + 1 downto min_int do ignore i; fl := [] done;
  Printf.printf "%d\n" (List.length !fl)
