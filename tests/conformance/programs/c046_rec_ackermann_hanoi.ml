(* status: 0 *)
(* Classic recursive algorithms: Ackermann, Hanoi, permutations. *)
let rec ack m n =
  if m = 0 then n + 1 else if n = 0 then ack (m - 1) 1 else ack (m - 1) (ack m (n - 1))

let hanoi n =
  let moves = ref 0 and last = ref "" in
  let rec go n a b c =
    if n > 0 then begin
      go (n - 1) a c b;
      incr moves; last := Printf.sprintf "%s->%s" a c;
      go (n - 1) b a c
    end in
  go n "A" "B" "C";
  (!moves, !last)

let rec perms = function
  | [] -> [[]]
  | l -> List.concat_map (fun x -> List.map (fun p -> x :: p) (perms (List.filter (( <> ) x) l))) l

let () =
  Printf.printf "ack(2,3)=%d ack(3,5)=%d\n" (ack 2 3) (ack 3 5);
  let (m, last) = hanoi 18 in
  Printf.printf "hanoi 18: %d moves, last %s\n" m last;
  let p = perms [1; 2; 3; 4] in
  Printf.printf "%d perms\n" (List.length p);
  List.iter (fun l -> print_string (String.concat "" (List.map string_of_int l) ^ " ")) (List.filteri (fun i _ -> i mod 5 = 0) p);
  print_newline ()
