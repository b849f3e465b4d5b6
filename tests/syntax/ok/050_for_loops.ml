(* for loops with to and downto, nested, with expressions as bounds. *)
let () =
  for i = 1 to 5 do
    print_int i
  done;
  print_newline ();
  for i = 5 downto 1 do print_int i; print_char ' ' done;
  print_newline ();
  for i = 1 to 3 do
    for j = i downto 1 do
      Printf.printf "%d%d " i j
    done
  done;
  print_newline ();
  let n = 4 in
  for k = n * 2 - 1 to n * 2 + 1 do Printf.printf "[%d]" k done;
  print_newline ();
  for _ = 10 to 9 do print_endline "never" done;
  let total = ref 0 in
  for i = 0 to Array.length [| 1; 2; 3 |] - 1 do total := !total + i done;
  Printf.printf "%d\n" !total;
  let table = Array.make_matrix 3 3 0 in
  for r = 0 to 2 do for c = 0 to 2 do table.(r).(c) <- r * c done done;
  Array.iter (fun row -> Array.iter (Printf.printf "%d ") row; print_newline ()) table
