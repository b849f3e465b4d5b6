(* A queue simulation with Queue and records *)
type customer = { id : int; arrival : int; service : int }
type stats = { mutable served : int; mutable total_wait : int; mutable max_wait : int }

let simulate customers =
  let q = Queue.create () in
  List.iter (fun c -> Queue.add c q) customers;
  let st = { served = 0; total_wait = 0; max_wait = 0 } in
  let clock = ref 0 in
  while not (Queue.is_empty q) do
    let c = Queue.pop q in
    if !clock < c.arrival then clock := c.arrival;
    let wait = !clock - c.arrival in
    st.served <- st.served + 1;
    st.total_wait <- st.total_wait + wait;
    st.max_wait <- max st.max_wait wait;
    clock := !clock + c.service
  done;
  st

let customers = List.mapi (fun i (a, s) -> { id = i; arrival = a; service = s }) [(0, 5); (1, 3); (2, 4); (10, 1)]

let () =
  let s = simulate customers in
  Printf.printf "served=%d avg=%.2f max=%d\n" s.served (float_of_int s.total_wait /. float_of_int s.served) s.max_wait
