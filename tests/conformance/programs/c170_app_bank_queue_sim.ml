(* status: 0 *)
(* Discrete-event simulation with a deterministic LCG and a Queue. *)
let seed = ref 2024
let rand n = seed := (!seed * 1103515245 + 12345) land 0x7fffffff; !seed mod n

let () =
  let q = Queue.create () in
  let served = ref 0 and total_wait = ref 0 and max_len = ref 0 in
  let busy_until = ref 0 in
  for t = 0 to 100_000 do
    if rand 10 < 3 then Queue.add t q;
    max_len := max !max_len (Queue.length q);
    if t >= !busy_until && not (Queue.is_empty q) then begin
      let arrived = Queue.pop q in
      total_wait := !total_wait + (t - arrived);
      incr served;
      busy_until := t + 1 + rand 5
    end
  done;
  Printf.printf "served %d, waiting %d, max queue %d\n" !served (Queue.length q) !max_len;
  Printf.printf "average wait %.3f\n" (float !total_wait /. float !served)
