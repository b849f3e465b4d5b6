(* status: 0 *)
(* A ring buffer record with mutable indices. *)
type 'a ring = { data : 'a array; mutable head : int; mutable len : int }

let create n x = { data = Array.make n x; head = 0; len = 0 }
let push r x =
  let cap = Array.length r.data in
  r.data.((r.head + r.len) mod cap) <- x;
  if r.len < cap then r.len <- r.len + 1 else r.head <- (r.head + 1) mod cap
let pop r =
  if r.len = 0 then None
  else (let x = r.data.(r.head) in r.head <- (r.head + 1) mod Array.length r.data; r.len <- r.len - 1; Some x)
let to_list r = List.init r.len (fun i -> r.data.((r.head + i) mod Array.length r.data))

let () =
  let r = create 5 0 in
  for i = 1 to 8 do push r i done;
  print_endline (String.concat " " (List.map string_of_int (to_list r)));
  (match pop r with Some x -> Printf.printf "popped %d\n" x | None -> ());
  push r 100;
  print_endline (String.concat " " (List.map string_of_int (to_list r)));
  let rec drain acc = match pop r with Some x -> drain (x :: acc) | None -> List.rev acc in
  Printf.printf "drained %d, len now %d\n" (List.length (drain [])) r.len;
  let s = create 3 "" in
  List.iter (push s) ["a"; "b"; "c"; "d"];
  print_endline (String.concat "," (to_list s))
