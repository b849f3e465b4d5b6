(* status: 0 *)
(* Sieve of Eratosthenes over 2*10^6 with a Bytes bitmap, and prime statistics. *)
let () =
  let n = 2_000_000 in
  let sieve = Bytes.make (n + 1) '\001' in
  Bytes.set sieve 0 '\000'; Bytes.set sieve 1 '\000';
  let i = ref 2 in
  while !i * !i <= n do
    if Bytes.get sieve !i = '\001' then begin
      let j = ref (!i * !i) in
      while !j <= n do Bytes.set sieve !j '\000'; j := !j + !i done
    end;
    incr i
  done;
  let count = ref 0 and last = ref 0 and twins = ref 0 in
  for k = 2 to n do
    if Bytes.get sieve k = '\001' then begin
      incr count;
      if k - !last = 2 then incr twins;
      last := k
    end
  done;
  Printf.printf "primes below %d: %d\nlargest: %d\ntwin pairs: %d\n" n !count !last !twins
