(* fannkuch-redux: for every permutation of 1..n, count the prefix
   reversals needed to bring 1 to the front; report the maximum and a
   signed checksum.  Argument: n. *)

let () =
  let n = if Array.length Sys.argv > 1 then int_of_string Sys.argv.(1) else 7 in
  let perm1 = Array.init n (fun i -> i) in
  let perm = Array.make n 0 in
  let count = Array.make n 0 in
  let max_flips = ref 0 and checksum = ref 0 and perm_count = ref 0 in
  let r = ref n in
  let finished = ref false in
  while not !finished do
    while !r <> 1 do
      count.(!r - 1) <- !r;
      decr r
    done;
    Array.blit perm1 0 perm 0 n;
    let flips = ref 0 in
    let k = ref perm.(0) in
    while !k <> 0 do
      let i = ref 0 and j = ref !k in
      while !i < !j do
        let t = perm.(!i) in
        perm.(!i) <- perm.(!j);
        perm.(!j) <- t;
        incr i;
        decr j
      done;
      incr flips;
      k := perm.(0)
    done;
    if !flips > !max_flips then max_flips := !flips;
    checksum := !checksum + (if !perm_count land 1 = 0 then !flips else - !flips);
    (* next permutation: rotate the first r+1 elements until a counter is left *)
    let advanced = ref false in
    while not !advanced && not !finished do
      if !r = n then finished := true
      else begin
        let p0 = perm1.(0) in
        for i = 0 to !r - 1 do perm1.(i) <- perm1.(i + 1) done;
        perm1.(!r) <- p0;
        count.(!r) <- count.(!r) - 1;
        if count.(!r) > 0 then advanced := true else incr r
      end
    done;
    incr perm_count
  done;
  Printf.printf "%d\nPfannkuchen(%d) = %d\n" !checksum n !max_flips
