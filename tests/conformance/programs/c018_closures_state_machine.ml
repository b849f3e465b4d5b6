(* status: 0 *)
(* A state machine whose states are closures returning the next state. *)
type state = State of (char -> state)

let accepted = ref false

let rec start = State (fun c -> if c = 'a' then seen_a else start)
and seen_a = State (fun c -> if c = 'b' then seen_ab else if c = 'a' then seen_a else start)
and seen_ab = State (fun c -> if c = 'c' then (accepted := true; found) else if c = 'a' then seen_a else start)
and found = State (fun _ -> found)

let run s =
  accepted := false;
  let st = ref start in
  String.iter (fun c -> let State f = !st in st := f c) s;
  !accepted

let () =
  List.iter (fun s -> Printf.printf "%-12s %b\n" s (run s))
    ["abc"; "aabc"; "ababc"; "abac"; "xxabcxx"; ""; "cba"; "abab"]
