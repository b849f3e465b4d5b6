(* status: 0 *)
(* An adjacency structure of 10^5 nodes with 6*10^5 edges stored as lists. *)
let () =
  let n = 100_000 in
  let adj = Array.make n [] in
  let seed = ref 7 in
  let rnd () = seed := (!seed * 48271) mod 2147483647; !seed mod n in
  for _ = 1 to 600_000 do
    let a = rnd () and b = rnd () in
    adj.(a) <- b :: adj.(a)
  done;
  let deg = Array.map List.length adj in
  let maxd = Array.fold_left max 0 deg and mind = Array.fold_left min max_int deg in
  Printf.printf "max degree %d min degree %d\n" maxd mind;
  let visited = Bytes.make n '\000' in
  let stack = ref [0] and count = ref 0 in
  while !stack <> [] do
    match !stack with
    | v :: rest ->
      stack := rest;
      if Bytes.get visited v = '\000' then begin
        Bytes.set visited v '\001'; incr count;
        List.iter (fun w -> if Bytes.get visited w = '\000' then stack := w :: !stack) adj.(v)
      end
    | [] -> ()
  done;
  Printf.printf "reachable from 0: %d\n" !count
