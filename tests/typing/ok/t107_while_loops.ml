(* Imperative loops with while and for *)
let collatz_steps n =
  let n = ref n and steps = ref 0 in
  while !n <> 1 do
    n := if !n mod 2 = 0 then !n / 2 else 3 * !n + 1;
    incr steps
  done;
  !steps

let find_first_divisor n =
  let d = ref 2 in
  while !d * !d <= n && n mod !d <> 0 do incr d done;
  if !d * !d > n then n else !d

let triangle n =
  for i = 1 to n do
    for _ = 1 to i do print_char '*' done;
    print_newline ()
  done

let countdown n = for i = n downto 1 do Printf.printf "%d " i done; print_endline "liftoff"

let () =
  Printf.printf "%d %d %d\n" (collatz_steps 27) (find_first_divisor 91) (find_first_divisor 13);
  triangle 3;
  countdown 3
