(* while loops with refs and early exit via exceptions. *)
let gcd a b =
  let a = ref a and b = ref b in
  while !b <> 0 do
    let t = !b in
    b := !a mod !b;
    a := t
  done;
  !a

let collatz n =
  let steps = ref 0 and n = ref n in
  while !n <> 1 do
    n := if !n mod 2 = 0 then !n / 2 else 3 * !n + 1;
    incr steps
  done;
  !steps

let find_index p arr =
  let i = ref 0 in
  let found = ref (-1) in
  (try
     while !i < Array.length arr do
       if p arr.(!i) then begin found := !i; raise Exit end;
       incr i
     done
   with Exit -> ());
  !found

let () =
  Printf.printf "%d\n" (gcd 48 36);
  Printf.printf "%d\n" (collatz 27);
  Printf.printf "%d\n" (find_index (fun x -> x > 10) [| 1; 5; 12; 20 |]);
  let n = ref 3 in
  while !n > 0 do print_int !n; decr n done;
  print_newline ()
