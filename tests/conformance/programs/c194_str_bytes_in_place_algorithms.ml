(* status: 0 *)
(* In-place algorithms on Bytes: reverse words, rotate, bubble sort characters. *)
let reverse b i j =
  let i = ref i and j = ref j in
  while !i < !j do
    let t = Bytes.get b !i in Bytes.set b !i (Bytes.get b !j); Bytes.set b !j t; incr i; decr j
  done

let reverse_words s =
  let b = Bytes.of_string s in
  let n = Bytes.length b in
  reverse b 0 (n - 1);
  let start = ref 0 in
  for k = 0 to n do
    if k = n || Bytes.get b k = ' ' then (reverse b !start (k - 1); start := k + 1)
  done;
  Bytes.to_string b

let rotate s k =
  let b = Bytes.of_string s in
  let n = Bytes.length b in
  let k = k mod n in
  reverse b 0 (n - 1); reverse b 0 (k - 1); reverse b k (n - 1);
  Bytes.to_string b

let () =
  print_endline (reverse_words "the quick brown fox");
  print_endline (reverse_words "single");
  print_endline (rotate "abcdefgh" 3);
  print_endline (rotate "abcdefgh" 11);
  let b = Bytes.of_string "sortthesecharacters" in
  let n = Bytes.length b in
  for i = 0 to n - 1 do for j = 0 to n - 2 - i do
    if Bytes.get b j > Bytes.get b (j + 1) then (let t = Bytes.get b j in Bytes.set b j (Bytes.get b (j + 1)); Bytes.set b (j + 1) t)
  done done;
  print_endline (Bytes.to_string b)
