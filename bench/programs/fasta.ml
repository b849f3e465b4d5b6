(* fasta: generate DNA sequences by copying a repeated sequence and by
   weighted random selection with a linear congruential generator, in lines
   of 60.  Instead of the (large) text, each section prints its header, its
   first line, its line count and a checksum of all its characters.
   Argument: n (the sections have 2n, 3n and 5n characters). *)

let alu =
  "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG\
   GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA\
   CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT\
   ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA\
   GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG\
   AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC\
   AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

let iub = [| ('a', 0.27); ('c', 0.12); ('g', 0.12); ('t', 0.27);
             ('B', 0.02); ('D', 0.02); ('H', 0.02); ('K', 0.02);
             ('M', 0.02); ('N', 0.02); ('R', 0.02); ('S', 0.02);
             ('V', 0.02); ('W', 0.02); ('Y', 0.02) |]

let homo_sapiens = [| ('a', 0.3029549426680); ('c', 0.1979883004921);
                      ('g', 0.1975473066391); ('t', 0.3015094502008) |]

let width = 60
let line = Bytes.create width

(* the section's running state: lines written, checksum, first line *)
let lines = ref 0
let hash = ref 0
let first = ref ""

let emit len =
  let h = ref !hash in
  for i = 0 to len - 1 do
    h := (!h * 31 + Char.code (Bytes.unsafe_get line i)) land 0x3FFFFFFF
  done;
  hash := (!h * 31 + 10) land 0x3FFFFFFF;
  if !lines = 0 then first := Bytes.sub_string line 0 len;
  incr lines

let start_section () = lines := 0; hash := 0; first := ""

let end_section header =
  Printf.printf ">%s\n%s\nlines %d checksum %d\n" header !first !lines !hash

let repeat_fasta header s n =
  start_section ();
  let len = String.length s in
  let pos = ref 0 and left = ref n in
  while !left > 0 do
    let m = min width !left in
    for i = 0 to m - 1 do
      Bytes.set line i s.[!pos];
      incr pos;
      if !pos = len then pos := 0
    done;
    emit m;
    left := !left - m
  done;
  end_section header

let im = 139968
let ia = 3877
let ic = 29573
let last = ref 42

let random mx =
  last := (!last * ia + ic) mod im;
  mx *. float_of_int !last /. float_of_int im

let random_fasta header table n =
  start_section ();
  let k = Array.length table in
  let chars = Array.map fst table in
  let cumul = Array.make k 0.0 in
  let acc = ref 0.0 in
  Array.iteri (fun i (_, p) -> acc := !acc +. p; cumul.(i) <- !acc) table;
  let left = ref n in
  while !left > 0 do
    let m = min width !left in
    for i = 0 to m - 1 do
      let r = random 1.0 in
      let j = ref 0 in
      while !j < k - 1 && r >= cumul.(!j) do incr j done;
      Bytes.set line i chars.(!j)
    done;
    emit m;
    left := !left - m
  done;
  end_section header

let () =
  let n = if Array.length Sys.argv > 1 then int_of_string Sys.argv.(1) else 1000 in
  repeat_fasta "ONE Homo sapiens alu" alu (2 * n);
  random_fasta "TWO IUB ambiguity codes" iub (3 * n);
  random_fasta "THREE Homo sapiens frequency" homo_sapiens (5 * n)
